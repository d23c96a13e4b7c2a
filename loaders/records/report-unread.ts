import type { TableSegment } from '../structure/segment-tables.js';
import type { ExtractContext } from './extract-context.js';

/** A table that yielded nothing is reported, never dropped silently (an empty table says so in a note). */
export function reportUnread(ctx: ExtractContext, seg: TableSegment): void {
  const end = seg.body[seg.body.length - 1]?.no ?? seg.titleLine;
  const note = seg.body.find((l) => /^\s*注[:：].*(没有|无)/u.test(l.text));
  if (note) ctx.issues.push({ code: 'EMPTY_TABLE', severity: 'INFO', message: `table states it is empty: ${note.text.trim()}`, table: seg.title, startLine: seg.titleLine, endLine: end });
  else ctx.issues.push({ code: 'TABLE_NOT_READ', severity: seg.role === 'OTHER' || seg.role === 'PLAN_PANEL' ? 'INFO' : 'WARNING', message: `no records could be read from this ${seg.role} table`, table: seg.title, startLine: seg.titleLine, endLine: end });
}

