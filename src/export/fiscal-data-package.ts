import { Decimal } from 'decimal.js';
import type { Row } from '../graph/executor.js';
import { DEFAULT_DOCUMENT_KINDS } from '../graph/analytics/aggregate-query.js';
import type { FlatRow } from './write-rows.js';

/**
 * The Fiscal Data Package (OpenSpending's budget data standard) of the approved budgets: one
 * budget line per fact that budgetAggregate adds by default (department and fund budgets, leaf
 * rows, each document's default table per direction), so the lines sum without double counting.
 *
 * Amounts: the graph holds 万元 (10,000 CNY); the package states plain CNY, converted exactly
 * (× 10000 with decimal.js, never a float), so `factor` is 1 and `currency` CNY.
 */
interface FdpField {
  name: string;
  title: string;
  type: 'string' | 'integer' | 'number';
  columnType: string;
  /** number fields: how to read them */
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  currency?: string;
  factor?: number;
  phase?: string;
  constraints?: { required: boolean };
}

const code = (name: string, title: string, columnType: string): FdpField => ({ name, title, type: 'string', columnType });

export const FDP_FIELDS: FdpField[] = [
  code('budget_line_id', 'Budget line (fact key)', 'budget-line-id'),
  { name: 'fiscal_year', title: 'Fiscal year', type: 'integer', columnType: 'date:fiscal-year', constraints: { required: true } },
  code('admin_level1_code', 'Government (city)', 'administrative-classification:generic:level1:code:full'),
  code('admin_level2_code', 'Department key', 'administrative-classification:generic:level2:code:full'),
  code('admin_level2_label', 'Department', 'administrative-classification:generic:level2:label'),
  code('admin_level3_code', 'Budget unit key', 'administrative-classification:generic:level3:code:full'),
  code('admin_level3_label', 'Budget unit', 'administrative-classification:generic:level3:label'),
  code('functional_level1_code', 'Functional class code (类)', 'functional-classification:generic:level1:code:full'),
  code('functional_level1_label', 'Functional class (类)', 'functional-classification:generic:level1:label'),
  code('functional_level2_code', 'Functional section code (款)', 'functional-classification:generic:level2:code:full'),
  code('functional_level2_label', 'Functional section (款)', 'functional-classification:generic:level2:label'),
  code('functional_level3_code', 'Functional item code (项)', 'functional-classification:generic:level3:code:full'),
  code('functional_level3_label', 'Functional item (项)', 'functional-classification:generic:level3:label'),
  code('economic_level1_code', 'Economic class code (类)', 'economic-classification:generic:level1:code:full'),
  code('economic_level1_label', 'Economic class (类)', 'economic-classification:generic:level1:label'),
  code('economic_level2_code', 'Economic section code (款)', 'economic-classification:generic:level2:code:full'),
  code('economic_level2_label', 'Economic section (款)', 'economic-classification:generic:level2:label'),
  code('direction', 'Direction (expenditure or revenue)', 'direction'),
  code('phase', 'Budget phase', 'phase'),
  {
    name: 'amount',
    title: 'Amount (CNY)',
    type: 'number',
    columnType: 'value',
    decimalChar: '.',
    groupChar: '',
    bareNumber: true,
    currency: 'CNY',
    factor: 1,
    phase: 'approved',
    constraints: { required: true },
  },
];

export const FDP_COLUMNS = FDP_FIELDS.map((f) => f.name);

const attr = (source: string, extra: Record<string, string> = {}) => ({ source, ...extra });

/** The datapackage.json descriptor; `budgetPath` is where budget.csv is served. */
export function fiscalDataPackage(budgetPath: string): Record<string, unknown> {
  return {
    profile: 'fiscal-data-package',
    name: 'budget-graph-approved-budgets',
    title: 'Approved department and fund budgets (budget-graph)',
    description:
      'Leaf budget lines of Chinese department and fund budgets as loaded into budget-graph: one line per printed figure that the ' +
      'aggregation adds (no subtotals, one table per document and direction). Amounts in CNY, converted exactly from the 万元 printed.',
    countryCode: 'CN',
    fiscalPeriod: { start: 'calendar year of fiscal_year', end: 'calendar year of fiscal_year' },
    resources: [
      {
        name: 'budget',
        path: budgetPath,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: FDP_FIELDS, primaryKey: ['budget_line_id'] },
      },
    ],
    model: {
      measures: { amount: { source: 'amount', currency: 'CNY', factor: 1, direction: 'mixed (see direction)', phase: 'approved' } },
      dimensions: {
        budget_line: { dimensionType: 'fact', attributes: { id: attr('budget_line_id') }, primaryKey: ['id'] },
        date: { dimensionType: 'datetime', attributes: { fiscal_year: attr('fiscal_year') }, primaryKey: ['fiscal_year'] },
        administrative_classification: {
          dimensionType: 'classification',
          classificationType: 'administrative',
          attributes: {
            level1_code: attr('admin_level1_code'),
            level2_code: attr('admin_level2_code', { parent: 'level1_code' }),
            level2_label: attr('admin_level2_label', { labelfor: 'level2_code' }),
            level3_code: attr('admin_level3_code', { parent: 'level2_code' }),
            level3_label: attr('admin_level3_label', { labelfor: 'level3_code' }),
          },
          primaryKey: ['level1_code', 'level2_code', 'level3_code'],
        },
        functional_classification: {
          dimensionType: 'classification',
          classificationType: 'functional',
          attributes: {
            level1_code: attr('functional_level1_code'),
            level1_label: attr('functional_level1_label', { labelfor: 'level1_code' }),
            level2_code: attr('functional_level2_code', { parent: 'level1_code' }),
            level2_label: attr('functional_level2_label', { labelfor: 'level2_code' }),
            level3_code: attr('functional_level3_code', { parent: 'level2_code' }),
            level3_label: attr('functional_level3_label', { labelfor: 'level3_code' }),
          },
          primaryKey: ['level1_code', 'level2_code', 'level3_code'],
        },
        economic_classification: {
          dimensionType: 'classification',
          classificationType: 'economic',
          attributes: {
            level1_code: attr('economic_level1_code'),
            level1_label: attr('economic_level1_label', { labelfor: 'level1_code' }),
            level2_code: attr('economic_level2_code', { parent: 'level1_code' }),
            level2_label: attr('economic_level2_label', { labelfor: 'level2_code' }),
          },
          primaryKey: ['level1_code', 'level2_code'],
        },
        direction: { dimensionType: 'other', attributes: { direction: attr('direction') }, primaryKey: ['direction'] },
        phase: { dimensionType: 'other', attributes: { phase: attr('phase') }, primaryKey: ['phase'] },
      },
    },
  };
}

const inBudgetTotals = (r: Row) => r.is_additive === true && r.in_default_table === true && (DEFAULT_DOCUMENT_KINDS as unknown[]).includes(r.document_kind);

/** Fact export rows → budget lines (only those the totals add), amounts converted to CNY exactly. */
export async function* budgetLines(facts: AsyncIterable<Row>): AsyncGenerator<FlatRow> {
  for await (const r of facts) {
    if (!inBudgetTotals(r)) continue;
    const ecode = typeof r.economic_code === 'string' && r.economic_code.length >= 5 ? r.economic_code.slice(0, 5) : null;
    yield {
      budget_line_id: r.fact_key,
      fiscal_year: r.year,
      admin_level1_code: r.city,
      admin_level2_code: r.department_key,
      admin_level2_label: r.department_name,
      admin_level3_code: r.unit_key,
      admin_level3_label: r.unit_name,
      functional_level1_code: r.functional_class_code,
      functional_level1_label: r.functional_class_name,
      functional_level2_code: r.functional_section_code,
      functional_level2_label: r.functional_section_name,
      functional_level3_code: r.functional_item_code,
      functional_level3_label: r.functional_item_name,
      economic_level1_code: r.economic_class_code,
      economic_level1_label: r.economic_class_name,
      economic_level2_code: ecode,
      economic_level2_label: ecode === null ? null : r.economic_name,
      direction: String(r.direction).toLowerCase(),
      phase: 'approved',
      amount: new Decimal(String(r.amount)).times(10000).toFixed(),
    };
  }
}
