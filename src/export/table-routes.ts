import type { Request, RequestHandler, Response } from 'express';
import type { GraphExecutor } from '../graph/executor.js';
import { streamExportRows, type ExportTable } from '../graph/exports/export-rows.js';
import { columnNames } from './export-columns.js';
import { badParameter } from './export-errors.js';
import { EXPORT_PARAMS } from './export-params.js';
import { writeRows } from './write-rows.js';

/** GET /export/<table>?format=csv|json&<filters>: the table's rows, streamed from Neo4j. */
export function tableRoute(db: GraphExecutor, table: ExportTable): RequestHandler {
  return async (req: Request, res: Response) => {
    const parsed = EXPORT_PARAMS[table].safeParse(req.query);
    if (!parsed.success) return badParameter(res, parsed.error);
    const { format, ...filter } = parsed.data;
    await writeRows(res, streamExportRows(db, table, filter), columnNames(table), format, table);
  };
}
