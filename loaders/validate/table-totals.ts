/**
 * The total of one side (revenue or expenditure) of a table in one column: its stated 总计 / 合计
 * row, or, where a table states none (a fund's 一、收入 / 二、支出 lines), the sum of its top-level rows.
 */
import type { MoneyFact } from '../records/types.js';
import { sumRows, type RowSum } from './group-sums.js';
import { toDecimal, type Decimal } from './money.js';
import { isBalanceLabel, isGrandTotalLabel } from './row-labels.js';
import { isTopLevel, rowsOf, type ColumnGroup, type DocumentIndex } from './table-rows.js';

export interface SideTotal {
  value: Decimal;
  facts: MoneyFact[];
  /** Label of the stated total row, or null when the total was summed from the rows. */
  statedLabel: string | null;
}

/** The stated grand total of a column: a 总计 row if there is one, else the last 合计 row. */
export function statedTotal(index: DocumentIndex, group: ColumnGroup): SideTotal | null {
  const totals = rowsOf(index, group.table, group.direction).filter((r) => r.isTotal && group.cells.has(r.key));
  const grand = totals.find((r) => isGrandTotalLabel(r.label)) ?? totals[totals.length - 1];
  const fact = grand === undefined ? undefined : group.cells.get(grand.key);
  const value = fact === undefined ? null : toDecimal(fact.amount);
  if (fact === undefined || value === null) return null;
  return { value, facts: [fact], statedLabel: fact.rowLabel };
}

/** Stated total, else Σ top-level rows other than a balance (结余) row; null when the column is empty. */
export function sideTotal(index: DocumentIndex, group: ColumnGroup): SideTotal | null {
  const stated = statedTotal(index, group);
  if (stated !== null) return stated;
  const rows = rowsOf(index, group.table, group.direction).filter((r) => isTopLevel(r) && !isBalanceLabel(r.label));
  const sum: RowSum = sumRows(group, rows);
  if (sum.facts.length === 0) return null;
  return { value: sum.value, facts: sum.facts, statedLabel: null };
}

export function describeTotal(total: SideTotal, side: string): string {
  return total.statedLabel !== null ? `「${total.statedLabel}」` : `the sum of the top-level ${side} rows`;
}
