import type { ParseIssue, Severity, SourceRef, TableRef } from './types.js';
import type { SourceLine } from '../text/source-lines.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { rawOf } from '../text/source-lines.js';

/** What every extractor needs: the lines (for provenance), the file name and year, an issue sink. */
export interface ExtractContext {
  lines: readonly SourceLine[];
  fileName: string;
  year: number;
  issues: ParseIssue[];
}

export function sourceRef(ctx: ExtractContext, startLine: number, endLine: number = startLine): SourceRef {
  return { startLine, endLine, raw: rawOf(ctx.lines, startLine, endLine) };
}

export function tableRef(ctx: ExtractContext, seg: TableSegment): TableRef {
  const end = seg.body[seg.body.length - 1]?.no ?? seg.titleLine;
  return { role: seg.role, title: seg.title, index: seg.index, source: sourceRef(ctx, seg.titleLine, end) };
}

export function addIssue(ctx: ExtractContext, code: string, severity: Severity, message: string, table: string | null, startLine: number, endLine: number = startLine): void {
  ctx.issues.push({ code, severity, message, table, startLine, endLine });
}
