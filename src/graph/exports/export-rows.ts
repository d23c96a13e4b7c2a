import neo4j from 'neo4j-driver';
import { cypher } from '../cypher-files.js';
import type { GraphExecutor, Params, Row } from '../executor.js';
import { DEFAULT_ROLE_ORDER } from '../analytics/vocabulary.js';

/** The flat tables the export endpoints serve; each is one statement in cypher/export/. */
export const EXPORT_TABLES = ['facts', 'projects', 'indicators', 'transfers', 'validation-issues'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** Every filter a table's statement takes; an absent one is sent as null (any). */
const FILTERS: Record<ExportTable, string[]> = {
  facts: ['city', 'year', 'documentKey', 'documentKind', 'department', 'unit', 'kind', 'direction', 'tableRole', 'subjectCode', 'fundSource'],
  projects: ['city', 'year', 'documentKey', 'department'],
  indicators: ['city', 'year', 'documentKey', 'scope'],
  transfers: ['city', 'year', 'documentKey', 'subjectCode'],
  'validation-issues': ['city', 'year', 'documentKey', 'rule', 'severity', 'stage'],
};

export type ExportFilter = Record<string, string | number | boolean | undefined>;

/**
 * Streams the rows of one export table (column names are the statement's snake_case aliases).
 * Years are sent as Neo4j integers (stored so); facts also get the default table-role order.
 */
export function streamExportRows(db: GraphExecutor, table: ExportTable, filter: ExportFilter): AsyncGenerator<Row> {
  const params: Params = {};
  for (const name of FILTERS[table]) {
    const v = filter[name];
    params[name] = v === undefined ? null : name === 'year' ? neo4j.int(Number(v)) : v;
  }
  if (table === 'facts') {
    params.includeSubtotals = filter.includeSubtotals === true;
    params.roleOrder = DEFAULT_ROLE_ORDER;
  }
  return db.stream(cypher(`export/${table}`), params, `export ${table}`);
}
