/**
 * PROJECT_SUM: project money adds up.
 * - per project: 资金总额 = 财政拨款 + 其他资金, where all three are printed (a 预算资金 X 其中：财政拨款数 Y
 *   line, as in 厦门's 一级项目 tables, states no 其他资金: the rest is implied, not checkable);
 * - Σ projects' 财政拨款 = the fiscal project-expenditure total the tables state (项目支出 of the 合计
 *   row of 一般公共预算 / 政府性基金 / 国有资本经营 拨款支出预算表, added up);
 * - Σ projects' 资金总额 = the all-source project-expenditure total (项目支出 of the 合计 row of
 *   支出预算总表, over its source families).
 * A document without project records, or without the stated total, is not checked.
 */
import type { MoneyFact, ParsedDocument, ProjectRecord, TableRef, TableRole, ValidationIssue } from '../records/types.js';
import { familyOf, kindOf } from './column-families.js';
import { sumFacts } from './group-sums.js';
import { compare } from './issue-builder.js';
import { Decimal, sumDecimals, toDecimal } from './money.js';
import { isTotalLabel } from './row-labels.js';

const FISCAL_EXPENDITURE_TABLES: readonly TableRole[] = [
  'GENERAL_PUBLIC_EXPENDITURE',
  'GOVERNMENT_FUND_EXPENDITURE',
  'STATE_CAPITAL_EXPENDITURE',
];

export function checkProjectSums(doc: ParsedDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const project of doc.projects) {
    const total = toDecimal(project.totalFunds);
    const fiscal = toDecimal(project.fiscalFunds);
    const other = toDecimal(project.otherFunds);
    if (total === null || fiscal === null || other === null) continue;
    const issue = compare({
      rule: 'PROJECT_SUM',
      subject: `Project 「${project.name}」: 资金总额 vs 财政拨款 + 其他资金`,
      expected: fiscal.plus(other),
      actual: total,
      facts: [],
      otherKeys: [project.key],
      sources: [project.source],
      table: tableAt(doc.tables, project.source.startLine),
    });
    if (issue !== null) issues.push(issue);
  }
  const fiscalStated = projectTotals(doc, (f) => FISCAL_EXPENDITURE_TABLES.includes(f.table.role));
  const allStated = projectTotals(doc, (f) => f.table.role === 'EXPENDITURE_SUMMARY');
  const sumChecks: Array<[string, (p: ProjectRecord) => string | null, MoneyFact[]]> = [
    ['财政拨款', (p) => p.fiscalFunds, fiscalStated],
    ['资金总额', (p) => p.totalFunds, allStated],
  ];
  for (const [label, field, stated] of sumChecks) {
    const projects = doc.projects.filter((p) => toDecimal(field(p)) !== null);
    if (projects.length === 0 || stated.length === 0) continue;
    const statedSum = sumFacts(stated);
    const issue = compare({
      rule: 'PROJECT_SUM',
      subject:
        `Sum of ${label} over ${projects.length} of ${doc.projects.length} projects vs the stated project ` +
        `expenditure (${stated.map((f) => `「${f.rowLabel}」 [${f.column.join(' / ')}] in 《${f.table.title}》`).join(' + ')})`,
      expected: statedSum.value,
      actual: sumDecimals(projects.map((p) => toDecimal(field(p)) ?? new Decimal(0))),
      facts: statedSum.facts,
      otherKeys: projects.map((p) => p.key),
      table: stated[0]?.table ?? null,
    });
    if (issue !== null) issues.push(issue);
  }
  return issues;
}

/** 项目支出 cells of the 合计 rows of the selected tables: one per table and source family. */
function projectTotals(doc: ParsedDocument, select: (f: MoneyFact) => boolean): MoneyFact[] {
  const seen = new Set<string>();
  const out: MoneyFact[] = [];
  for (const f of doc.facts) {
    if (kindOf(f) !== 'PROJECT' || !isTotalLabel(f.rowLabel) || !select(f)) continue;
    const key = `${f.table.index}|${familyOf(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** The table whose line range holds a line (a project's performance table). */
export function tableAt(tables: readonly TableRef[], line: number): TableRef | null {
  return tables.find((t) => t.source.startLine <= line && line <= t.source.endLine) ?? null;
}
