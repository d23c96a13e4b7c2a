import neo4j from 'neo4j-driver';
import type { Statement } from '../cypher-files.js';
import type { Params } from '../executor.js';
import { MICRO_DIGITS, toMicro } from './money.js';
import { DEFAULT_ROLE_ORDER, type AggregateDimension, type Direction, type DocumentKind, type MoneyKind, type SpendingType, type TableRole } from './vocabulary.js';

/** What to add up. Every list is "any of"; an absent or empty list does not filter. */
export interface AggregateFilter {
  years?: number[];
  cities?: string[];
  documentKeys?: string[];
  /** Default: DEPARTMENT_BUDGET and FUND_BUDGET (a unit budget repeats money of its department's budget; final accounts are actuals). */
  documentKinds?: DocumentKind[];
  /** Department keys or names. */
  departments?: string[];
  /** Unit keys or names. */
  units?: string[];
  /** Functional code prefixes: "208" takes every 208xxxx fact. */
  functionalCodes?: string[];
  economicCodes?: string[];
  fundSources?: string[];
  kinds?: MoneyKind[];
  spendingTypes?: SpendingType[];
  /** Default: EXPENDITURE, or both when grouped by DIRECTION. */
  direction?: Direction | null;
  /** Default: one role per document and direction (DEFAULT_ROLE_ORDER). Several only when grouped by TABLE_ROLE. */
  tableRoles?: TableRole[];
  /** Bounds on each fact's amount (万元, inclusive). */
  minAmount?: string | null;
  maxAmount?: string | null;
}

export class AggregateSpecError extends Error {
  override name = 'AggregateSpecError';
}

export const DEFAULT_DOCUMENT_KINDS: DocumentKind[] = ['DEPARTMENT_BUDGET', 'FUND_BUDGET'];

/**
 * A column that repeats money of other columns of its row: 合计/总计/小计 columns and 其中 ("of
 * which") columns. Such a fact is added only when its row has no other column (so a table printing
 * only a total still counts). Row subtotals are excluded by Fact.isSubtotal.
 */
const overlapping = (v: string) =>
  `any(seg IN split(${v}.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中')`;

/**
 * Tables t of document d. A table's key is its document's key, '#', its suffix
 * (cypher/ingest/create-tables.cypher), so the key's index finds a document's ~10 tables: its
 * FROM_DOCUMENT relationships are mostly its facts' (hundreds), which an expand would read.
 */
const OF_DOCUMENT = "t.key STARTS WITH d.key + '#' AND (t)-[:FROM_DOCUMENT]->(d)";

/** The fact's amount as an integer of 10^-6 万元, from the string's digits (exact). */
const MICRO = `CASE WHEN f.amount STARTS WITH '-' THEN -1 ELSE 1 END * (abs(toInteger(parts[0])) * ${10 ** MICRO_DIGITS} + toInteger(left(coalesce(parts[1], '') + '${'0'.repeat(MICRO_DIGITS)}', ${MICRO_DIGITS})))`;

const SPENDING_TYPE = `CASE WHEN f.kind IN ['BASIC', 'PERSONNEL', 'OPERATING'] THEN 'BASIC' WHEN f.kind = 'PROJECT' THEN 'PROJECT' ELSE 'OTHER' END`;

interface DimensionCypher {
  /** Grouping expressions with their aliases. */
  keys: [string, string][];
  /** Extra OPTIONAL MATCH before grouping. */
  match?: string;
}

const codeAt = (scheme: string, digits: number) => `CASE WHEN f.subjectScheme = '${scheme}' THEN left(f.subjectCode, ${digits}) END`;

const DIMENSIONS: Record<AggregateDimension, DimensionCypher> = {
  YEAR: { keys: [['f.year', 'year']] },
  CITY: { keys: [['d.city', 'city']] },
  DOCUMENT: { keys: [['d.key', 'documentKey'], ['d.title', 'documentTitle']] },
  DEPARTMENT: { keys: [['dep.key', 'departmentKey'], ['dep.name', 'departmentName']], match: 'OPTIONAL MATCH (d)-[:ISSUED_BY]->(dep:Department)' },
  UNIT: { keys: [['u.key', 'unitKey'], ['u.name', 'unitName']], match: 'OPTIONAL MATCH (f)-[:OF_UNIT]->(u:Unit)' },
  FUNCTIONAL_CLASS: { keys: [[codeAt('FUNCTIONAL', 3), 'functionalCode']] },
  FUNCTIONAL_SECTION: { keys: [[codeAt('FUNCTIONAL', 5), 'functionalCode']] },
  FUNCTIONAL_ITEM: { keys: [[codeAt('FUNCTIONAL', 7), 'functionalCode']] },
  ECONOMIC_CLASS: { keys: [[codeAt('ECONOMIC', 3), 'economicCode']] },
  ECONOMIC_SECTION: { keys: [[codeAt('ECONOMIC', 5), 'economicCode']] },
  FUND_SOURCE: { keys: [['f.sourceOfFunds', 'fundSource']] },
  KIND: { keys: [['f.kind', 'kind']] },
  SPENDING_TYPE: { keys: [[SPENDING_TYPE, 'spendingType']] },
  DIRECTION: { keys: [['f.direction', 'direction']] },
  TABLE_ROLE: { keys: [['f.tableRole', 'tableRole']] },
};

const nonEmpty = <T>(xs: T[] | undefined): xs is T[] => xs !== undefined && xs.length > 0;

/** Filters whose value is a list of strings, passed as the parameter of the same name. */
type ListFilter = 'cities' | 'documentKeys' | 'departments' | 'units' | 'functionalCodes' | 'economicCodes' | 'fundSources' | 'kinds' | 'spendingTypes';

/** On the document (d). */
const DOCUMENT_FILTERS: [ListFilter, string][] = [
  ['cities', 'd.city IN $cities'],
  ['documentKeys', 'd.key IN $documentKeys'],
  ['departments', 'EXISTS { MATCH (d)-[:ISSUED_BY]->(x:Department) WHERE x.key IN $departments OR x.name IN $departments }'],
];

/** On the fact (f). */
const FACT_FILTERS: [ListFilter, string][] = [
  ['units', 'EXISTS { MATCH (f)-[:OF_UNIT]->(x:Unit) WHERE x.key IN $units OR x.name IN $units }'],
  ['functionalCodes', "f.subjectScheme = 'FUNCTIONAL' AND any(p IN $functionalCodes WHERE f.subjectCode STARTS WITH p)"],
  ['economicCodes', "f.subjectScheme = 'ECONOMIC' AND any(p IN $economicCodes WHERE f.subjectCode STARTS WITH p)"],
  ['fundSources', 'f.sourceOfFunds IN $fundSources'],
  ['kinds', 'f.kind IN $kinds'],
  ['spendingTypes', `${SPENDING_TYPE} IN $spendingTypes`],
];

/** The clauses of the filters the caller set; their values go into params. */
function listFilters(filter: AggregateFilter, filters: [ListFilter, string][], params: Params): string[] {
  return filters.flatMap(([name, clause]) => {
    const values: string[] | undefined = filter[name];
    if (!nonEmpty(values)) return [];
    params[name] = values;
    return [clause];
  });
}

/**
 * Builds the aggregation statement from closed fragments; every value is a parameter.
 * Sums only leaf facts (isSubtotal = false, overlapping columns only where alone in their row) of
 * one table role per document and direction unless grouped by TABLE_ROLE. `factKeys`: also list
 * each group's fact keys (one key per fact read and sent: only when the caller shows them).
 */
export function buildAggregateStatement(filter: AggregateFilter, groupBy: AggregateDimension[], { factKeys = false } = {}): Statement & { params: Params } {
  const dims = [...new Set(groupBy)];
  if (dims.filter((d) => d.startsWith('FUNCTIONAL_')).length > 1 || dims.filter((d) => d.startsWith('ECONOMIC_')).length > 1) {
    throw new AggregateSpecError('Group by at most one functional code level and one economic code level.');
  }
  const roles = filter.tableRoles ?? [];
  if (roles.length > 1 && !dims.includes('TABLE_ROLE')) {
    throw new AggregateSpecError('Several table roles print the same money: add TABLE_ROLE to groupBy, or name one table role.');
  }
  const directions: Direction[] = filter.direction ? [filter.direction] : dims.includes('DIRECTION') ? ['REVENUE', 'EXPENDITURE'] : ['EXPENDITURE'];
  const params: Params = { directions, documentKinds: nonEmpty(filter.documentKinds) ? filter.documentKinds : DEFAULT_DOCUMENT_KINDS };

  const docWhere = ['d.kind IN $documentKinds', ...listFilters(filter, DOCUMENT_FILTERS, params)];
  const factWhere = ['f.isSubtotal = false', ...listFilters(filter, FACT_FILTERS, params)];
  if (nonEmpty(filter.years)) {
    params.years = filter.years.map((y) => neo4j.int(y)); // stored as integers
    factWhere.push('f.year IN $years');
  }

  // Kept out of the fact's WHERE: there it changed the order in which Neo4j tests the fact's
  // predicates, so that every fact's direction, scheme, subtotal flag and role were read before
  // its code (twice the db hits of that filter on the seed graph).
  const amountWhere = [`(NOT ${overlapping('f')} OR NOT f.rowIndex IN plainRows)`];
  if (filter.minAmount != null) {
    params.minMicro = neo4j.int(toMicro(filter.minAmount));
    amountWhere.push('micro >= $minMicro');
  }
  if (filter.maxAmount != null) {
    params.maxMicro = neo4j.int(toMicro(filter.maxAmount));
    amountWhere.push('micro <= $maxMicro');
  }

  let roleClause: string;
  if (roles.length > 0) {
    params.tableRoles = roles;
    roleClause = 'UNWIND $tableRoles AS role';
  } else {
    params.roleOrder = DEFAULT_ROLE_ORDER;
    roleClause = [
      `WITH d, direction, head([r IN $roleOrder[direction] WHERE EXISTS { MATCH (t:SourceTable)<-[:IN_TABLE]-(:Fact {direction: direction}) WHERE ${OF_DOCUMENT} AND t.role = r }]) AS role`,
      'WHERE role IS NOT NULL',
    ].join('\n');
  }

  const keys = dims.flatMap((d) => DIMENSIONS[d].keys);
  const aliases = keys.map(([, a]) => a);
  // Grouped per document: group on the node and read its city, key and title once per group,
  // rather than hashing those strings for every fact.
  const perDocument = dims.includes('DOCUMENT');
  const ofDocument = ([e]: [string, string]) => perDocument && e.startsWith('d.');
  const grouping = [...(perDocument ? ['d'] : []), ...keys.filter((k) => !ofDocument(k)).map(([e, a]) => `${e} AS ${a}`)];
  const matches = dims.flatMap((d) => (DIMENSIONS[d].match ? [DIMENSIONS[d].match] : []));
  const names: string[] = [];
  if (aliases.includes('functionalCode')) names.push("OPTIONAL MATCH (fc:SubjectCode {key: 'FUNCTIONAL|' + functionalCode})");
  if (aliases.includes('economicCode')) names.push("OPTIONAL MATCH (ec:SubjectCode {key: 'ECONOMIC|' + economicCode})");
  const carried = aliases.join(', ');
  const returned = [
    ...keys.map((k) => (ofDocument(k) ? `${k[0]} AS ${k[1]}` : k[1])),
    ...(aliases.includes('functionalCode') ? ['fc.name AS functionalCodeName'] : []),
    ...(aliases.includes('economicCode') ? ['ec.name AS economicCodeName'] : []),
    'toString(micro) AS totalMicro',
    'factCount',
    ...(factKeys ? ['factKeys'] : []),
    'tooFine',
  ];
  const sums = ['sum(micro) AS micro', 'count(f) AS factCount', ...(factKeys ? ['collect(f.key) AS factKeys'] : []), 'sum(CASE WHEN tooFine THEN 1 ELSE 0 END) AS tooFine'];

  const text = [
    'MATCH (d:Document)',
    `WHERE ${docWhere.join('\n  AND ')}`,
    'UNWIND $directions AS direction',
    roleClause,
    'MATCH (t:SourceTable)',
    `WHERE ${OF_DOCUMENT} AND t.role = role`,
    // The rows of the table with a column that is not overlapping: read once per table, not the
    // whole table again for every overlapping fact (11 at the bench's large scale: 324k → 91k db hits).
    `CALL (t) { MATCH (t)<-[:IN_TABLE]-(g:Fact) WHERE NOT ${overlapping('g')} RETURN collect(DISTINCT g.rowIndex) AS plainRows }`,
    'MATCH (t)<-[:IN_TABLE]-(f:Fact {direction: direction})',
    `WHERE ${factWhere.join('\n  AND ')}`,
    "WITH d, f, plainRows, split(f.amount, '.') AS parts",
    `WITH d, f, plainRows, ${MICRO} AS micro, size(coalesce(parts[1], '')) > ${MICRO_DIGITS} AS tooFine`,
    `WHERE ${amountWhere.join('\n  AND ')}`,
    ...matches,
    `WITH ${[...grouping, ...sums].join(', ')}`,
    ...names,
    `RETURN ${returned.join(', ')}`,
    ...(carried ? [`ORDER BY ${carried}`] : []),
  ].join('\n');
  return { name: 'analytics/aggregate', text, params };
}
