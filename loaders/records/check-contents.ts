import type { SourceLine } from '../text/source-lines.js';
import { DocumentParseError } from '../errors.js';

/** A table-of-contents line: "一、 收支预算总表 .....\t11" or "前言\t错误! 未定义书签。". */
const TOC = /^(.+?)\s*(?:\.{3,}\s*\d+|错误[!！]\s*未定义书签[。.]?)\s*$/u;

const squash = (s: string): string => s.replace(/[\s\t]+/g, '');

/**
 * The last entry of the table of contents must appear after the contents: when it does not, the
 * document stops early (a truncated file). Entries missing in the middle are tolerated (a heading
 * may be spelled differently from its contents line).
 */
export function checkContents(lines: readonly SourceLine[], fileName: string): void {
  const toc = lines.filter((l) => TOC.test(l.text.trim()));
  const lastToc = toc[toc.length - 1];
  if (!lastToc) return;
  const after = lines.filter((l) => l.no > lastToc.no).map((l) => squash(l.text));
  const entry = squash(TOC.exec(lastToc.text.trim())?.[1] ?? '');
  if (entry && !after.some((t) => t.includes(entry))) {
    const last = [...lines].reverse().find((l) => l.text.trim());
    throw new DocumentParseError(fileName, last?.no ?? lastToc.no, `the part "${entry}" listed in the table of contents (line ${lastToc.no})`, `end of document after "${(last?.text ?? '').trim().slice(0, 40)}"`);
  }
}
