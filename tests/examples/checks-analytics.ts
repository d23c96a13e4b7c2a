import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import type { Check } from './checks-budget.js';
import { fuzhouBudget, printed, section, xiamenBudget } from './seed-text.js';

/** Checks of the examples that use the analytics fields (search, budgetAggregate). */
export const analyticsChecks: Record<string, Check> = {
  '30-ranked-search-talent': (data) => {
    type Hit = { label: string; name: string; score: number; documents: { city: string }[] };
    const hits = (data as { search: Hit[] }).search;
    expect(hits.length).toBeGreaterThan(0);
    // Best match first.
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    // Every unit of the Fuzhou units table and of the Xiamen 单位基本情况 whose name contains 人才.
    // Units table rows: "福州市人事人才公共服务中心	财政核拨	26" / "厦门市人才服务中心 差额".
    const fuzhouUnits = [...fuzhouBudget.matchAll(/^(\S*人才\S*)\t(?:财政核拨|全额|差额|自收自支)\t\d+$/gm)].map((m) => m[1]!);
    const xiamenUnits = [...xiamenBudget.matchAll(/^(厦门市\S*人才\S*) (?:全额|差额|自收自支|财政核拨)$/gm)].map((m) => m[1]!);
    expect(fuzhouUnits.length).toBeGreaterThan(0);
    expect(xiamenUnits.length).toBeGreaterThan(0);
    const unitHits = hits.filter((h) => h.label === 'Unit');
    for (const name of [...fuzhouUnits, ...xiamenUnits]) expect(unitHits.map((h) => h.name)).toContain(name);
    expect(new Set(hits.flatMap((h) => h.documents.map((d) => d.city)))).toEqual(new Set(['福州市', '厦门市']));
  },

  '31-functional-class-rollup': (data) => {
    type Row = { functionalCode: { code: string } | null; spendingType: string; total: string; amountUnit: string };
    const rows = (data as { budgetAggregate: Row[] }).budgetAggregate;
    // 支出预算总表: "205	教育支出	13731.02	6281.90	7449.12" (合计, 基本支出, 项目支出); empty cells are 0.
    const table = section(fuzhouBudget, /^#### 2024 年度支出预算总表$/, /^#/);
    const classes = [...table.matchAll(/^(\d{3})\t[^\t]+\t([\d.]+)\t([\d.]*)\t([\d.]*)/gm)];
    expect(classes.length).toBeGreaterThan(0);
    const got = (code: string, type: string) => rows.find((r) => r.functionalCode?.code === code && r.spendingType === type)?.total ?? '0';
    for (const [, code, , basic, project] of classes) {
      expect(new Decimal(got(code!, 'BASIC')).eq(printed(basic || '0')), `${code} basic`).toBe(true);
      expect(new Decimal(got(code!, 'PROJECT')).eq(printed(project || '0')), `${code} project`).toBe(true);
    }
    // The class rows add up to the printed 合计 row.
    const [, total, basicTotal, projectTotal] = /^合计\t\t([\d.]+)\t([\d.]+)\t([\d.]+)/m.exec(table)!;
    const sum = (type: string) => rows.filter((r) => r.spendingType === type).reduce((a, r) => a.plus(r.total), new Decimal(0));
    expect(sum('BASIC').eq(basicTotal!)).toBe(true);
    expect(sum('PROJECT').eq(projectTotal!)).toBe(true);
    expect(sum('BASIC').plus(sum('PROJECT')).eq(total!)).toBe(true);
    expect(rows.every((r) => r.amountUnit === '万元')).toBe(true);
  },
};
