/**
 * Reading row labels as printed: clean-up, total rows, outline numbering (一、 （一） 1. （1）).
 * Labels are matched only on their text, never on a position or a particular document.
 */

/** Strips HTML tags, markdown bold, all whitespace (incl. U+3000) and a trailing colon. */
export function cleanLabel(label: string): string {
  return label
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '');
}

/** 合计 / 总计 rows, including 收入合计, 本年支出合计, 收入总计. 小计 rows are subtotals, not table totals. */
export function isTotalLabel(label: string): boolean {
  return /(合计|总计)$/.test(cleanLabel(label));
}

/** 总计 is the grand total where a table has both (本年收入合计 + 上年结转结余 = 收入总计). */
export function isGrandTotalLabel(label: string): boolean {
  return /总计$/.test(cleanLabel(label));
}

/** 本年收支结余 / 当年结余: a fund's balance of the year (not 上年结转结余, which is a revenue source). */
export function isBalanceLabel(label: string): boolean {
  return /(收支结余|本年结余|当年结余)$/.test(cleanLabel(label));
}

const OUTLINE_MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['cjk', /^[一二三四五六七八九十百]+[、.．]/],
  ['cjk-paren', /^[（(][一二三四五六七八九十百]+[)）]/],
  ['digit', /^\d+[、.．](?!\d)/],
  ['digit-paren', /^[（(]\d+[)）]/],
];

const OF_WHICH = /^其中[:：]?/;

/**
 * Outline style of an uncoded row: the numbering marker it starts with, or, without one, whether
 * it is a subtotal. Levels are assigned per table by first appearance of each style (as in
 * reStructuredText headings), so a table whose 一、 header rows carry no amount still nests right.
 */
export function outlineStyle(label: string, isSubtotal: boolean): string {
  const text = cleanLabel(label);
  const ofWhich = OF_WHICH.test(text);
  const rest = text.replace(OF_WHICH, '');
  for (const [style, pattern] of OUTLINE_MARKERS) {
    if (pattern.test(rest)) return style;
  }
  if (ofWhich) return 'of-which';
  return isSubtotal ? 'plain-subtotal' : 'plain';
}

/** The label without 其中, numbering and a trailing unit note: 「五、教育支出」 → 「教育支出」. */
export function bareLabel(label: string): string {
  let text = cleanLabel(label).replace(OF_WHICH, '');
  for (const [, pattern] of OUTLINE_MARKERS) text = text.replace(pattern, '');
  return text.replace(/[（(](万元|亿元|元)[)）]$/, '');
}
