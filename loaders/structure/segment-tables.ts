import type { TableRole } from '../records/types.js';
import type { SourceLine } from '../text/source-lines.js';
import { titleRole } from './table-roles.js';

export type Layout = 'TAB' | 'SPACE';

/** A table as found in the text: its title line, role and body lines (title excluded). */
export interface TableSegment {
  role: TableRole;
  title: string;
  titleLine: number;
  body: SourceLine[];
  layout: Layout;
  index: number;
}

/** Lines that end any table: the next part, chapter, annex marker or a non-table heading. */
const BOUNDARY = /^\s*(第[一二三四五六七八九十]+(部分|章)|附件\s*\d+\s*$|附录$|备注说明)/u;

function cells(l: SourceLine): string[] {
  return l.text.split('\t').map((c) => c.trim());
}

export function nonEmptyCells(l: SourceLine): string[] {
  return cells(l).filter((c) => c !== '');
}

function layoutOf(body: readonly SourceLine[]): Layout {
  return body.some((l) => nonEmptyCells(l).length >= 2 && l.text.includes('\t')) ? 'TAB' : 'SPACE';
}

/** A body worth keeping: a header or data row follows the title (a bare heading has none). */
function hasContent(body: readonly SourceLine[]): boolean {
  return body.some((l) => /\d/.test(l.text) || nonEmptyCells(l).length >= 2 || /科目|项目|单位名称|指标/u.test(l.text));
}

/** Units table: recognised by its header row (单位名称 … 经费性质), not by a title. */
function unitsHeader(l: SourceLine): boolean {
  return /^\s*单位名称[\s\t]+经费性质/u.test(l.text);
}

/** Cuts the document into tables. Lines outside every table are prose. */
export function segmentTables(lines: readonly SourceLine[]): TableSegment[] {
  const starts: Array<{ at: number; role: TableRole; title: string; titleLine: number }> = [];
  lines.forEach((l, i) => {
    if (unitsHeader(l)) {
      const heading = [...lines.slice(Math.max(0, i - 8), i)].reverse().find((p) => p.text.trim().length <= 30 && /单位(构成|基本情况|情况)/u.test(p.text));
      starts.push({ at: i, role: 'UNITS', title: heading?.text.trim() ?? '单位名称', titleLine: l.no });
      return;
    }
    const role = titleRole(l.text);
    if (role) starts.push({ at: i + 1, role, title: l.text.replace(/\t+/g, ' ').trim(), titleLine: l.no });
  });
  const out: TableSegment[] = [];
  starts.forEach((s, k) => {
    const limit = k + 1 < starts.length ? (starts[k + 1]?.titleLine ?? lines.length + 1) - 1 : lines.length;
    const body: SourceLine[] = [];
    for (let i = s.at; i < limit; i++) {
      const l = lines[i];
      if (!l) break;
      if (BOUNDARY.test(l.text) || (l.heading && s.role !== 'UNITS')) break;
      if (s.role === 'UNITS' && body.length > 0 && (l.heading || /^\s*[一二三四五六七八九十]+、/u.test(l.text))) break;
      body.push(l);
    }
    // A 专栏 is kept even when it holds only prose, so that it is reported rather than lost.
    if (s.role === 'UNITS' || s.role === 'PLAN_PANEL' || hasContent(body)) {
      out.push({ role: s.role, title: s.title, titleLine: s.titleLine, body, layout: layoutOf(body), index: out.length });
    }
  });
  return out;
}
