/**
 * Summing rows of one column group. An empty cell (a row of the table with no fact in this
 * column) counts as zero: the documents leave zero cells blank.
 */
import type { MoneyFact } from '../records/types.js';
import { Decimal, sumDecimals, toDecimal } from './money.js';
import type { ColumnGroup, TableRow } from './table-rows.js';

export interface RowSum {
  value: Decimal;
  /** The facts that contributed (empty cells contribute nothing). */
  facts: MoneyFact[];
}

export function amountOf(fact: MoneyFact): Decimal | null {
  return toDecimal(fact.amount);
}

export function sumRows(group: ColumnGroup, rows: readonly TableRow[]): RowSum {
  const facts: MoneyFact[] = [];
  const values: Decimal[] = [];
  for (const row of rows) {
    const fact = group.cells.get(row.key);
    const value = fact === undefined ? null : amountOf(fact);
    if (fact !== undefined && value !== null) {
      facts.push(fact);
      values.push(value);
    }
  }
  return { value: sumDecimals(values), facts };
}

export function sumFacts(facts: readonly MoneyFact[]): RowSum {
  const used = facts.filter((f) => amountOf(f) !== null);
  return { value: sumDecimals(used.map((f) => amountOf(f) ?? new Decimal(0))), facts: used };
}

/** 「208 社会保障和就业支出」: how messages name a row. */
export function rowName(row: TableRow): string {
  return row.code !== null && !row.label.includes(row.code) ? `「${row.code} ${row.label}」` : `「${row.label}」`;
}

/** " [财政拨款 / 基本支出]" or "" for a table with one unnamed column. */
export function columnName(group: ColumnGroup): string {
  return group.column.length > 0 ? ` [${group.column.join(' / ')}]` : '';
}
