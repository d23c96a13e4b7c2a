/**
 * STATED_CHANGE: figures stated in prose reproduce.
 * - amount − previous = change (when all three are printed);
 * - change / previous × 100 rounds to the printed percent, at the printed precision; the previous
 *   year's amount, when not printed, is amount − change;
 * - the prose amount for a subject code equals a table figure for that code.
 * Change and percent are taken as signed (减少 / 下降 negative), as the record contract states them.
 */
import type { MoneyFact, ParsedDocument, StatedFigureRecord, ValidationIssue } from '../records/types.js';
import { isOverallColumn, kindOf } from './column-families.js';
import { buildIssue, cellName, compare } from './issue-builder.js';
import { Decimal, printedDecimals, toDecimal } from './money.js';

export function checkStatedChanges(doc: ParsedDocument): ValidationIssue[] {
  return doc.statedFigures.flatMap((figure) =>
    [checkChange(figure), checkPercent(figure), checkAgainstTable(figure, doc)].filter((i): i is ValidationIssue => i !== null),
  );
}

function describe(figure: StatedFigureRecord): string {
  return `Prose figure 「${figure.subject}」 (lines ${figure.source.startLine}–${figure.source.endLine})`;
}

function checkChange(figure: StatedFigureRecord): ValidationIssue | null {
  const amount = toDecimal(figure.amount);
  const previous = toDecimal(figure.previousAmount);
  const change = toDecimal(figure.change);
  if (amount === null || previous === null || change === null) return null;
  return compare({
    rule: 'STATED_CHANGE',
    subject: `${describe(figure)}: stated change vs amount − previous year`,
    expected: amount.minus(previous),
    actual: change,
    facts: [],
    sources: [figure.source],
    table: null,
  });
}

function checkPercent(figure: StatedFigureRecord): ValidationIssue | null {
  const amount = toDecimal(figure.amount);
  const change = toDecimal(figure.change);
  const percent = toDecimal(figure.changePercent);
  if (change === null || percent === null || figure.changePercent === null) return null;
  const previous = toDecimal(figure.previousAmount) ?? (amount === null ? null : amount.minus(change));
  if (previous === null || previous.isZero()) return null;
  const decimals = printedDecimals(figure.changePercent);
  const computed = change.dividedBy(previous).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const difference = percent.minus(computed);
  if (difference.isZero()) return null;
  // One unit in the last printed place is a rounding-mode difference (truncation); more is an error.
  const lastPlace = new Decimal(1).dividedBy(new Decimal(10).pow(decimals));
  return buildIssue(
    {
      rule: 'STATED_CHANGE',
      subject: `${describe(figure)}: stated growth rate vs change ${change.toFixed()} / previous year ${previous.toFixed()} 万元, in percent`,
      expected: computed,
      actual: percent,
      facts: [],
      sources: [figure.source],
      table: null,
      unit: '%',
      severity: difference.abs().lessThanOrEqualTo(lastPlace) ? 'WARNING' : 'ERROR',
    },
    difference,
  );
}

/** The prose amount agrees with some table cell of the code; reported against the 一般公共预算 table's. */
function checkAgainstTable(figure: StatedFigureRecord, doc: ParsedDocument): ValidationIssue | null {
  const amount = toDecimal(figure.amount);
  if (figure.subjectCode === null || amount === null) return null;
  const candidates = doc.facts.filter((f) => f.subjectCode === figure.subjectCode && kindOf(f) === 'TOTAL');
  if (candidates.some((f) => toDecimal(f.amount)?.equals(amount) ?? false)) return null;
  const preferred: MoneyFact | undefined =
    candidates.find((f) => f.table.role === 'GENERAL_PUBLIC_EXPENDITURE' && isOverallColumn(f)) ??
    candidates.find((f) => f.table.role === 'GENERAL_PUBLIC_EXPENDITURE') ??
    [...candidates].sort((a, b) => a.table.index - b.table.index)[0];
  const expected = preferred === undefined ? null : toDecimal(preferred.amount);
  if (preferred === undefined || expected === null) return null;
  return compare({
    rule: 'STATED_CHANGE',
    subject: `${describe(figure)} for ${figure.subjectCode} vs ${cellName(preferred)}`,
    expected,
    actual: amount,
    facts: [preferred],
    sources: [figure.source],
    table: preferred.table,
  });
}
