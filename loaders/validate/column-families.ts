/**
 * What a column is, from its header path and kind: the source family it belongs to (财政拨款 /
 * 非财政拨款 / the row as a whole) and whether it is the row's overall 合计 column.
 */
import type { MoneyFact, MoneyKind } from '../records/types.js';
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

/**
 * The fact's kind, with one correction: a 小计 under a kind header (「基本支出 / 小计」, 「项目支出 / 小计」)
 * is that kind even where the record says TOTAL, since it is the basic (project) part of the row's
 * total (厦门 附件5 prints 合计 / 基本支出 {小计, 人员经费, 公用支出} / 项目支出).
 */
export function kindOf(fact: MoneyFact): MoneyKind {
  if (fact.kind !== 'TOTAL' || fact.column.length < 2 || !isSubtotalColumn(fact)) return fact.kind;
  const top = bareLabel(fact.column[0] ?? '');
  if (/^基本支出/.test(top)) return 'BASIC';
  if (/^项目支出/.test(top)) return 'PROJECT';
  return fact.kind;
}
