import { createHash } from 'node:crypto';
import type { MoneyFact, ParsedDocument, ParseIssue, TableRole } from './records/types.js';
import type { CodeTableResult } from './records/extract-code-table.js';
import { DocumentParseError } from './errors.js';
import { decodeBytes } from './text/decode-bytes.js';
import { toSourceLines } from './text/source-lines.js';
import { detectDocument } from './structure/detect-document.js';
import { segmentTables } from './structure/segment-tables.js';
import { segmentSections } from './structure/segment-sections.js';
import { tableRef, type ExtractContext } from './records/extract-context.js';
import { extractCodeTable } from './records/extract-code-table.js';
import { extractSummaryTable } from './records/extract-summary-table.js';
import { extractUnits } from './records/extract-units.js';
import { extractProjectTab } from './records/extract-project-tab.js';
import { extractProjectSpace } from './records/extract-project-space.js';
import { extractTransfers } from './records/extract-transfers.js';
import { extractThreePublic } from './records/extract-three-public.js';
import { extractFundIncomeExpense, extractFundPerformance } from './records/extract-fund.js';
import { extractPlanPanel } from './records/extract-plan-panel.js';
import { extractDepartmentPerformance } from './records/extract-department-performance.js';
import { extractDepartmentFunds } from './records/extract-department-funds.js';
import { extractStatedFigures } from './records/extract-stated-figures.js';
import { hintsFor } from './records/cross-table-hints.js';
import { reportUnread } from './records/report-unread.js';
import { linkTransfersToProjects } from './records/link-transfers.js';
import { dedupeCodes } from './records/dedupe-codes.js';
import { checkCompleteness } from './records/check-completeness.js';

const CODE_ROLES = new Set<TableRole>(['REVENUE_SUMMARY', 'EXPENDITURE_SUMMARY', 'GENERAL_PUBLIC_EXPENDITURE', 'GOVERNMENT_FUND_EXPENDITURE', 'STATE_CAPITAL_EXPENDITURE', 'ECONOMIC_CLASSIFICATION', 'BASIC_ECONOMIC_CLASSIFICATION']);
/** Tables whose figures serve as hints for others are read first. */
const ORDER: TableRole[] = ['REVENUE_EXPENDITURE_SUMMARY', 'FISCAL_SUMMARY', 'GENERAL_PUBLIC_EXPENDITURE', 'PROJECT_PERFORMANCE', 'ECONOMIC_CLASSIFICATION', 'BASIC_ECONOMIC_CLASSIFICATION'];
const rank = (r: TableRole): number => (ORDER.includes(r) ? ORDER.indexOf(r) : ORDER.length);

/** Parses one document: bytes → `ParsedDocument`. Throws `DocumentParseError` on fatal input. */
export function parseDocument(bytes: Uint8Array, fileName: string): ParsedDocument {
  const lines = toSourceLines(decodeBytes(bytes, fileName));
  const id = detectDocument(lines, fileName);
  const segments = segmentTables(lines);
  const issues: ParseIssue[] = [];
  const ctx: ExtractContext = { lines, fileName, year: id.year, issues };
  const out: ParsedDocument = {
    document: { ...id, contentHash: createHash('sha256').update(bytes).digest('hex'), fileName, lineCount: lines.length },
    sections: segmentSections(lines, new Set(segments.flatMap((s) => s.body.map((l) => l.no)))),
    tables: segments.map((s) => tableRef(ctx, s)), units: [], codes: [], facts: [], projects: [], transfers: [], indicators: [], planIndicators: [], targets: [], statedFigures: [], issues,
  };
  const summary: MoneyFact[] = [];
  const gpe: CodeTableResult[] = [];
  const codeResults = new Map<number, CodeTableResult>();
  const factsByTable = new Map<number, MoneyFact[]>();
  const recordCount = (): number => out.units.length + out.projects.length + out.transfers.length + out.indicators.length + out.planIndicators.length;
  for (const seg of [...segments].sort((a, b) => rank(a.role) - rank(b.role) || a.index - b.index)) {
    const facts: MoneyFact[] = [];
    const before = recordCount();
    switch (seg.role) {
      case 'UNITS':
        out.units.push(...extractUnits(ctx, seg));
        break;
      case 'REVENUE_EXPENDITURE_SUMMARY':
      case 'FISCAL_SUMMARY': {
        const f = extractSummaryTable(ctx, seg);
        if (seg.role === 'REVENUE_EXPENDITURE_SUMMARY') summary.push(...f);
        facts.push(...f);
        break;
      }
      case 'THREE_PUBLIC': {
        const running = out.facts.find((f) => f.subjectScheme === 'ECONOMIC' && f.subjectCode === '30231' && f.column[0] !== '公用支出');
        facts.push(...extractThreePublic(ctx, seg, running?.amount ?? null));
        break;
      }
        break;
      case 'PROJECT_PERFORMANCE':
        out.projects.push(seg.layout === 'TAB' ? extractProjectTab(ctx, seg) : extractProjectSpace(ctx, seg));
        break;
      case 'TRANSFER_PAYMENTS':
        out.transfers.push(...extractTransfers(ctx, seg));
        break;
      case 'FUND_INCOME_EXPENSE':
        facts.push(...extractFundIncomeExpense(ctx, seg));
        break;
      case 'FUND_PERFORMANCE': {
        const r = extractFundPerformance(ctx, seg);
        facts.push(...r.facts);
        out.indicators.push(...r.indicators);
        break;
      }
      case 'DEPARTMENT_PERFORMANCE':
        facts.push(...extractDepartmentFunds(ctx, seg));
        out.indicators.push(...extractDepartmentPerformance(ctx, seg));
        break;
      case 'PLAN_PANEL':
        out.planIndicators.push(...extractPlanPanel(ctx, seg));
        break;
      default:
        if (CODE_ROLES.has(seg.role)) {
          const r = extractCodeTable(ctx, seg, hintsFor(seg, summary, gpe, out.projects));
          if (seg.role === 'GENERAL_PUBLIC_EXPENDITURE') gpe.push(r);
          codeResults.set(seg.index, r);
          facts.push(...r.facts);
          out.facts.push(...r.facts.filter((f) => f.subjectScheme === 'ECONOMIC'));
          out.codes.push(...r.codes);
        }
    }
    factsByTable.set(seg.index, facts);
    if (facts.length === 0 && recordCount() === before) reportUnread(ctx, seg);
  }
  out.facts = segments.flatMap((seg) => factsByTable.get(seg.index) ?? []);
  out.projects.sort((a, b) => a.source.startLine - b.source.startLine);
  linkTransfersToProjects(out.transfers, out.projects);
  out.codes = dedupeCodes(out.codes, issues);
  const inTable = new Set(segments.flatMap((s) => [s.titleLine, ...s.body.map((l) => l.no)]));
  // A plan's prose targets are for its last year; a budget's work targets for the budget year.
  const prose = extractStatedFigures(ctx, lines.filter((l) => !inTable.has(l.no)), id.kind === 'PLAN' ? id.endYear : id.year);
  out.statedFigures = prose.figures;
  out.targets = prose.targets;
  checkCompleteness(out, segments, lines, codeResults);
  return out;
}

export { DocumentParseError };
