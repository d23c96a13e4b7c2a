import type { SourceLine } from '../text/source-lines.js';
import { isAmount, isGarbledAmount, parseAmount } from './amount.js';

/** A row keyed by a classification or unit code (or the 合计 row), with its printed numbers. */
export interface CodeRow {
  code: string | null;
  name: string;
  isTotal: boolean;
  /** TAB: cells after code and name (positional, "" for empty). SPACE: exact amounts in printed order. */
  cells: string[];
  /** The cells as printed (e.g. "3,644.00"), parallel to `cells`. */
  printed: string[];
  startLine: number;
  endLine: number;
}

/** Functional (3/5/7), economic (3/5) or unit (3/6) codes. */
export const CODE = /^\d{3}(?:\d{2}|\d{3}|\d{4})?$/;
const TOTAL = /^(合计|总计)[:：]?$/u;

/** A page number or other debris line inside a table (a bare short integer). */
function isDebris(t: string): boolean {
  return /^\d{1,3}$/.test(t) || /^-\s*\d+\s*-$/.test(t);
}

/** A bare 3-digit line is a code (not a page number) when a name follows it. */
function bareCodeBeforeName(body: readonly SourceLine[], i: number): boolean {
  if (!/^\d{3}$/.test(body[i]?.text.trim() ?? '')) return false;
  const next = body.slice(i + 1).find((l) => l.text.trim() !== '')?.text.trim() ?? '';
  return /^[\u4e00-\u9fa5]/u.test(next) && !/^附件/u.test(next);
}

export function tabCodeRows(body: readonly SourceLine[]): CodeRow[] {
  const rows: CodeRow[] = [];
  for (const l of body) {
    const cells = l.text.split('\t').map((c) => c.trim());
    const first = cells[0] ?? '';
    if (!CODE.test(first) && !TOTAL.test(first)) continue;
    rows.push({ code: TOTAL.test(first) ? null : first, name: cells[1] ?? '', isTotal: TOTAL.test(first), cells: cells.slice(2), printed: cells.slice(2), startLine: l.no, endLine: l.no });
  }
  return rows;
}

export interface GarbledToken {
  token: string;
  line: number;
  position: number;
}

/**
 * Single-space rows: a row starts at a code (or 合计), its name may wrap over several lines and its
 * numbers follow on the same or a later line. Page numbers and blank lines are skipped.
 */
export function spaceCodeRows(body: readonly SourceLine[], onGarbled: (g: GarbledToken, row: CodeRow) => void): CodeRow[] {
  const rows: CodeRow[] = [];
  let open: CodeRow | null = null;
  const takeNumbers = (row: CodeRow, tokens: string[], line: number): boolean => {
    let k = tokens.length;
    while (k > 0 && (isAmount(tokens[k - 1] ?? '') || isGarbledAmount(tokens[k - 1] ?? ''))) k--;
    const nums = tokens.slice(k);
    nums.forEach((t, i) => {
      if (isGarbledAmount(t)) onGarbled({ token: t, line, position: row.cells.length + i }, row);
    });
    row.cells.push(...nums.map((t) => (isAmount(t) ? parseAmount(t) : t)));
    row.printed.push(...nums);
    row.name += tokens.slice(0, k).join('');
    row.endLine = line;
    return nums.length > 0;
  };
  body.forEach((l, i) => {
    const t = l.text.trim();
    if (!t || (isDebris(t) && !bareCodeBeforeName(body, i))) return;
    if (/^注[:：]/u.test(t)) {
      open = null;
      return;
    }
    const tokens = t.split(/\s+/);
    const first = tokens[0] ?? '';
    if (CODE.test(first) || TOTAL.test(first)) {
      open = { code: TOTAL.test(first) ? null : first, name: '', isTotal: TOTAL.test(first), cells: [], printed: [], startLine: l.no, endLine: l.no };
      rows.push(open);
      if (takeNumbers(open, tokens.slice(1), l.no)) open = null;
      return;
    }
    if (open && takeNumbers(open, tokens, l.no)) open = null;
  });
  // A 合计 word inside a wrapped header opens a row that never gets numbers: it is header text.
  return rows.filter((r) => !(r.isTotal && r.cells.length === 0));
}
