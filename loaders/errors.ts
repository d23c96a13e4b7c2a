/**
 * A fatal parse problem: the input is not a budget document we can read (other encoding, binary,
 * not a budget text, truncated, garbled numbers). The message always names the file, the line,
 * what was expected and what was found, e.g.
 * `004_x.txt line 812: expected an amount in column 财政拨款/基本支出 of table 部门支出预算总体情况表, found "3,6x4.00"`.
 * Partial understanding is never thrown: it becomes a ParseIssue.
 */
export class DocumentParseError extends Error {
  override readonly name = 'DocumentParseError';

  constructor(
    readonly fileName: string,
    /** 1-based line in the file (0 when the problem is the whole file, e.g. its encoding). */
    readonly line: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`${fileName} line ${line}: expected ${expected}, found ${found}`);
  }
}
