import type { Request, RequestHandler, Response } from 'express';
import type { GraphExecutor } from '../graph/executor.js';
import { streamExportRows } from '../graph/exports/export-rows.js';
import { badParameter } from './export-errors.js';
import { formatParam } from './export-params.js';
import { budgetLines, FDP_COLUMNS, fiscalDataPackage } from './fiscal-data-package.js';
import { writeRows } from './write-rows.js';

/** GET /export/fiscal-data-package[/datapackage.json]: the descriptor. */
export const datapackageRoute: RequestHandler = (req: Request, res: Response) => {
  const extra = Object.keys(req.query);
  if (extra.length > 0) {
    res.status(400).json({ error: { code: 'BAD_USER_INPUT', parameter: extra.join(', '), message: `Unknown query parameter: ${extra.join(', ')}.` } });
    return;
  }
  res.json(fiscalDataPackage('budget.csv'));
};

/** GET /export/fiscal-data-package/budget.csv: the budget lines, streamed (format=json also works). */
export function budgetCsvRoute(db: GraphExecutor): RequestHandler {
  return async (req: Request, res: Response) => {
    const fmt = formatParam.safeParse(req.query);
    if (!fmt.success) return badParameter(res, fmt.error);
    await writeRows(res, budgetLines(streamExportRows(db, 'facts', {})), FDP_COLUMNS, fmt.data.format, 'budget');
  };
}
