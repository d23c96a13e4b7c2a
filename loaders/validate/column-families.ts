/**
 * What a column is, from its header path and kind: the source family it belongs to (财政拨款 /
 * 非财政拨款 / the row as a whole) and whether it is the row's overall 合计 column.
 */
import type { MoneyFact } from '../records/types.js';
import { bareLabel } from './row-labels.js';

/** Top headers that name a kind of money (or 其中), not a source: 「其中： / 基本支出」 stays in the row family. */
const KIND_HEADERS = /基本|项目|人员|公用|经营|上缴|补助|其中/;

/** Last header 小计 / 合计 / 总计: the subtotal of its siblings. */
const SUBTOTAL_COLUMN = /^(小计|合计|总计)$/;

/** The source a column belongs to: sourceOfFunds, else a non-kind top header (财政拨款), else '' (the whole row). */
export function familyOf(fact: MoneyFact): string {
  if (fact.sourceOfFunds !== null) return fact.sourceOfFunds;
  const top = fact.column[0];
  return fact.column.length > 1 && top !== undefined && !KIND_HEADERS.test(top) ? top : '';
}

/** The row's overall 合计 / 总计 column (a single-level header). */
export function isOverallColumn(fact: MoneyFact): boolean {
  return fact.kind === 'TOTAL' && fact.column.length === 1 && /^(合计|总计)$/.test(bareLabel(fact.column[0] ?? ''));
}

export function isSubtotalColumn(fact: MoneyFact): boolean {
  return SUBTOTAL_COLUMN.test(bareLabel(fact.column[fact.column.length - 1] ?? ''));
}
