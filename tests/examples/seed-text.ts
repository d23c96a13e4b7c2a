import { seedContaining } from '../../loaders/seed-fixtures.js';

/** The seed documents' text, found by content (never by file name), and small readers over it. */
export const fuzhouBudget = seedContaining('福州市人力资源和社会保障', '部门预算', '项目绩效目标表').text;
export const xiamenBudget = seedContaining('厦门市人力资源和社会保障局', '部门预算').text;
export const fuzhouFund = seedContaining('社保基金预算', '社会保险基金收支预算总表').text;
export const fuzhouPlan = seedContaining('十四五', '专栏 2').text;

/**
 * The text from the line matching `start` (a whole-line pattern, last match when the table of
 * contents repeats the title) to the first later line matching `end` (or the end of the text).
 */
export function section(text: string, start: RegExp, end?: RegExp): string {
  const starts = [...text.matchAll(new RegExp(start.source, 'gm'))];
  const from = starts.at(-1);
  if (!from || from.index === undefined) throw new Error(`no line matches ${start}`);
  const rest = text.slice(from.index);
  if (!end) return rest;
  const firstLineEnd = rest.indexOf('\n');
  const stop = new RegExp(end.source, 'm').exec(rest.slice(firstLineEnd + 1));
  return stop ? rest.slice(0, firstLineEnd + 1 + stop.index) : rest;
}

/** 1-based number of the first line of `text` equal to `line` (or matching it, for a RegExp). */
export function lineNumberOf(text: string, line: string | RegExp): number {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => (typeof line === 'string' ? l === line : line.test(l)));
  if (i < 0) throw new Error(`no line ${String(line)}`);
  return i + 1;
}

/** A printed amount as the API writes it: thousands separators dropped, the printed scale kept. */
export function printed(amount: string): string {
  return amount.replace(/,/g, '');
}

/** The first capture of `re` in `text`; fails loudly when the document does not say it. */
export function stated(text: string, re: RegExp): RegExpExecArray {
  const m = re.exec(text);
  if (!m) throw new Error(`the document does not state ${re}`);
  return m;
}
