/**
 * Closed sets the analytics queries are built from. Labels, properties and Cypher fragments are
 * chosen from these in code; user input only ever arrives as query parameters.
 * Values are those the ingest writes (docs/graph-model.md).
 */

const closed = <T extends string>(...values: T[]) => Object.freeze(Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K });

export const TableRole = closed(
  'REVENUE_EXPENDITURE_SUMMARY',
  'REVENUE_SUMMARY',
  'EXPENDITURE_SUMMARY',
  'FISCAL_SUMMARY',
  'GENERAL_PUBLIC_EXPENDITURE',
  'GOVERNMENT_FUND_EXPENDITURE',
  'STATE_CAPITAL_EXPENDITURE',
  'ECONOMIC_CLASSIFICATION',
  'BASIC_ECONOMIC_CLASSIFICATION',
  'THREE_PUBLIC',
  'TRANSFER_PAYMENTS',
  'FUND_INCOME_EXPENSE',
  'PROJECT_PERFORMANCE',
  'DEPARTMENT_PERFORMANCE',
  'FUND_PERFORMANCE',
  'PLAN_PANEL',
  'OTHER',
);
export type TableRole = keyof typeof TableRole;

export const Direction = closed('REVENUE', 'EXPENDITURE');
export type Direction = keyof typeof Direction;

export const MoneyKind = closed('TOTAL', 'BASIC', 'PROJECT', 'PERSONNEL', 'OPERATING', 'OVERSEAS_TRAVEL', 'RECEPTION', 'VEHICLES', 'VEHICLE_PURCHASE', 'VEHICLE_RUNNING', 'OTHER');
export type MoneyKind = keyof typeof MoneyKind;

export const DocumentKind = closed('DEPARTMENT_BUDGET', 'UNIT_BUDGET', 'FINAL_ACCOUNTS', 'FUND_BUDGET', 'PLAN');
export type DocumentKind = keyof typeof DocumentKind;

export const CodeScheme = closed('FUNCTIONAL', 'ECONOMIC');
export type CodeScheme = keyof typeof CodeScheme;

/** What the money of a fact is for, coarser than MoneyKind: personnel and operating costs are basic spending. */
export const SpendingType = closed('BASIC', 'PROJECT', 'OTHER');
export type SpendingType = keyof typeof SpendingType;

export const AggregateDimension = closed(
  'YEAR',
  'CITY',
  'DOCUMENT',
  'DEPARTMENT',
  'UNIT',
  'FUNCTIONAL_CLASS',
  'FUNCTIONAL_SECTION',
  'FUNCTIONAL_ITEM',
  'ECONOMIC_CLASS',
  'ECONOMIC_SECTION',
  'FUND_SOURCE',
  'KIND',
  'SPENDING_TYPE',
  'DIRECTION',
  'TABLE_ROLE',
);
export type AggregateDimension = keyof typeof AggregateDimension;

/** Node labels the name_fulltext index covers (cypher/schema/constraints.cypher). */
export const SearchLabel = closed('Government', 'Department', 'Unit', 'Project', 'SubjectCode', 'Indicator', 'PlanIndicator', 'Document');
export type SearchLabel = keyof typeof SearchLabel;

export const Severity = closed('ERROR', 'WARNING', 'INFO');
export type Severity = keyof typeof Severity;

export const IssueStage = closed('PARSE', 'VALIDATION');
export type IssueStage = keyof typeof IssueStage;

/**
 * The default table per document and direction when a question names none: the first role in
 * this order that has facts of that direction in the document. One table per document and
 * direction, so money printed in several tables (summary, appropriation table, economic
 * classification …) is counted once. The summaries come first: they hold all sources of funds.
 */
export const DEFAULT_ROLE_ORDER: Record<Direction, TableRole[]> = {
  EXPENDITURE: ['EXPENDITURE_SUMMARY', 'GENERAL_PUBLIC_EXPENDITURE', 'FUND_INCOME_EXPENSE', 'REVENUE_EXPENDITURE_SUMMARY'],
  REVENUE: ['REVENUE_SUMMARY', 'FUND_INCOME_EXPENSE', 'REVENUE_EXPENDITURE_SUMMARY'],
};
