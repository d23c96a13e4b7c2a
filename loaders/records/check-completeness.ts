import type { DocumentKind, ParsedDocument, TableRole } from './types.js';
import type { SourceLine } from '../text/source-lines.js';
import type { TableSegment } from '../structure/segment-tables.js';
import type { CodeTableResult } from './extract-code-table.js';
import { DocumentParseError } from '../errors.js';
import { checkContents } from './check-contents.js';

/** Tables every document of a kind has (possibly as an empty table with a note). */
const REQUIRED: Partial<Record<DocumentKind, Array<[TableRole, string]>>> = {
  DEPARTMENT_BUDGET: [['REVENUE_EXPENDITURE_SUMMARY', '收支预算总表'], ['EXPENDITURE_SUMMARY', '支出预算总表'], ['FISCAL_SUMMARY', '财政拨款收支预算总表'], ['GENERAL_PUBLIC_EXPENDITURE', '一般公共预算拨款支出表'], ['THREE_PUBLIC', '“三公”经费支出表']],
  UNIT_BUDGET: [['REVENUE_EXPENDITURE_SUMMARY', '收支预算总表'], ['GENERAL_PUBLIC_EXPENDITURE', '一般公共预算拨款支出表']],
  FINAL_ACCOUNTS: [['REVENUE_EXPENDITURE_SUMMARY', '收入支出决算总表']],
  FUND_BUDGET: [['FUND_INCOME_EXPENSE', '社会保险基金收支预算总表']],
};

/** "共设置86个项目绩效目标" / "实行绩效目标管理的一级项目11个": the number of project tables the text announces. */
function statedProjectCount(lines: readonly SourceLine[]): { count: number; line: number } | null {
  const joined = lines.map((l) => l.text.trim()).join('');
  const m = /共设置\s*(\d+)\s*个项目绩效目标|绩效目标管理的一级项目\s*(\d+)\s*个/u.exec(joined);
  if (!m) return null;
  const key = m[0].slice(0, 6);
  const line = lines.find((l) => l.text.includes(key))?.no ?? 1;
  return { count: Number(m[1] ?? m[2]), line };
}

/**
 * Fatal when the document stops early: a required table is missing, or the last table runs to the
 * end of the file and is visibly incomplete (its rows do not reach its stated 合计, or a project
 * table has no indicators). Softer mismatches are issues.
 */
export function checkCompleteness(doc: ParsedDocument, segments: readonly TableSegment[], lines: readonly SourceLine[], codeResults: Map<number, CodeTableResult>): void {
  const file = doc.document.fileName;
  const lastLine = [...lines].reverse().find((l) => l.text.trim()) ?? lines[lines.length - 1];
  const lastNo = lastLine?.no ?? 1;
  const found = `end of document after "${(lastLine?.text ?? '').trim().slice(0, 40)}"`;
  const isBudget = doc.document.kind !== 'PLAN';
  if (isBudget && segments.length === 0) throw new DocumentParseError(file, lastNo, 'budget tables (收支预算总表 …)', 'no table in the document');
  const last = segments[segments.length - 1];
  const lastBodyLine = last?.body.filter((l) => l.text.trim()).pop()?.no ?? 0;
  if (last && lastBodyLine === lastNo) {
    const r = codeResults.get(last.index);
    const mismatch = doc.issues.some((i) => i.code === 'TOTAL_MISMATCH' && i.table === last.title);
    const project = last.role === 'PROJECT_PERFORMANCE' ? doc.projects.find((p) => p.key === `project:${last.index}`) : undefined;
    if ((r && mismatch) || (project && project.indicators.length === 0)) {
      throw new DocumentParseError(file, lastNo, `the rest of table ${last.title} (truncated document?)`, found);
    }
  }
  checkContents(lines, file);
  for (const [role, name] of REQUIRED[doc.document.kind] ?? []) {
    if (!segments.some((s) => s.role === role)) throw new DocumentParseError(file, lastNo, `table ${name} (${role})`, found);
  }
  const stated = statedProjectCount(lines);
  if (stated && stated.count !== doc.projects.length) {
    doc.issues.push({ code: 'PROJECT_COUNT_MISMATCH', severity: 'WARNING', message: `the text states ${stated.count} project performance goals, ${doc.projects.length} project tables were read`, table: null, startLine: stated.line, endLine: stated.line });
  }
}
