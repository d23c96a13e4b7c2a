import type { SectionRecord } from '../records/types.js';
import type { SourceLine } from '../text/source-lines.js';

/** Heading patterns → level: 第X部分/第X章 (1), 第X节 or 一、 (2), （一） (3). */
const LEVELS: ReadonlyArray<[RegExp, number]> = [
  [/^第[一二三四五六七八九十]+(部分|章)/u, 1],
  [/^第[一二三四五六七八九十]+节/u, 2],
  [/^[一二三四五六七八九十]+、/u, 2],
  [/^[（(][一二三四五六七八九十]+[）)]/u, 3],
];

const TOC = /\.{3,}|错误[!！]/u;

function levelOf(l: SourceLine): number | null {
  const t = l.text.trim();
  if (!t || TOC.test(t) || l.text.replace(/\t+$/, '').includes('\t')) return null;
  const byPattern = LEVELS.find(([re]) => re.test(t))?.[1];
  // A numbered line is a heading only when short and not a clause (wrapped prose runs ~30 characters).
  if (byPattern !== undefined && (l.heading || (t.length <= 22 && !/[。；，,：:]/u.test(t) && !/\d+(\.\d+)?\s*万元/u.test(t)))) return byPattern;
  return l.heading ? 3 : null;
}

/** The document's headings (outside table bodies) as sections, each running to the next heading of the same or a higher level. */
export function segmentSections(lines: readonly SourceLine[], tableLines: ReadonlySet<number> = new Set()): SectionRecord[] {
  const heads = lines.flatMap((l) => {
    const level = tableLines.has(l.no) ? null : levelOf(l);
    return level === null ? [] : [{ title: l.text.trim(), level, startLine: l.no }];
  });
  const last = lines[lines.length - 1]?.no ?? 1;
  return heads.map((h, i) => {
    const next = heads.slice(i + 1).find((n) => n.level <= h.level);
    return { ...h, endLine: next ? next.startLine - 1 : last };
  });
}
