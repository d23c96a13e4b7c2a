/**
 * Turns a comparison (expected vs actual) into a ValidationIssue with severity, lines and keys.
 * Shared by every rule so that messages, signs and severities are uniform.
 */
import type { MoneyFact, Severity, SourceRef, TableRef, ValidationIssue } from '../records/types.js';
import { Decimal, ROUNDING_TOLERANCE_WAN, formatDecimal } from './money.js';

export type RuleName =
  | 'PARENT_EQUALS_CHILDREN'
  | 'TOTAL_EQUALS_ROWS'
  | 'BASIC_PLUS_PROJECT'
  | 'REVENUE_EQUALS_EXPENDITURE'
  | 'CROSS_TABLE_TOTAL'
  | 'PROJECT_SUM'
  | 'STATED_CHANGE'
  | 'UNIT_CONVERSION';

export interface Comparison {
  rule: RuleName;
  /** What was checked, naming table(s) and row label(s) as printed. */
  subject: string;
  expected: Decimal;
  actual: Decimal;
  /** Money facts involved (keys and lines are taken from them). */
  facts: readonly MoneyFact[];
  /** Other keys involved (project keys …). */
  otherKeys?: readonly string[];
  /** Other sources involved (prose, project tables) for the line range. */
  sources?: readonly SourceRef[];
  /** Table the `actual` figure belongs to. */
  table: TableRef | null;
  /** Unit of expected/actual in the message; money is 万元. */
  unit?: string;
  /** Overrides the default severity (rounding tolerance on 万元). */
  severity?: Severity;
}

export function severityOf(difference: Decimal): Severity {
  return difference.abs().lessThanOrEqualTo(ROUNDING_TOLERANCE_WAN) ? 'WARNING' : 'ERROR';
}

/** Null when expected and actual are equal; otherwise the issue (difference = actual − expected). */
export function compare(c: Comparison): ValidationIssue | null {
  const difference = c.actual.minus(c.expected);
  if (difference.isZero()) return null;
  return buildIssue(c, difference);
}

export function buildIssue(c: Comparison, difference: Decimal): ValidationIssue {
  const unit = c.unit ?? '万元';
  const sources = [...c.facts.map((f) => f.source), ...(c.sources ?? [])];
  const starts = sources.map((s) => s.startLine);
  const ends = sources.map((s) => s.endLine);
  return {
    rule: c.rule,
    severity: c.severity ?? severityOf(difference),
    message:
      `${c.subject}: expected ${formatDecimal(c.expected)} ${unit}, ` +
      `stated ${formatDecimal(c.actual)} ${unit} (difference ${formatDecimal(difference)} ${unit})`,
    unit,
    expected: formatDecimal(c.expected),
    actual: formatDecimal(c.actual),
    difference: formatDecimal(difference),
    factKeys: unique([...c.facts.map((f) => f.key), ...(c.otherKeys ?? [])]),
    table: c.table?.title ?? null,
    startLine: starts.length > 0 ? Math.min(...starts) : 0,
    endLine: ends.length > 0 ? Math.max(...ends) : 0,
  };
}

/** 「label」 in table 《title》: how messages name a cell. */
export function cellName(fact: MoneyFact): string {
  const column = fact.column.length > 0 ? ` [${fact.column.join(' / ')}]` : '';
  return `「${fact.rowLabel}」${column} in 《${fact.table.title}》`;
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}
