import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { seeds } from '../../loaders/seed-fixtures.js';
import type { Check, Conn } from './checks-budget.js';
import { fuzhouBudget, fuzhouFund, fuzhouPlan, printed, section, stated, xiamenBudget } from './seed-text.js';

/**
 * Checks of the examples about indicators, plans, the fund budget, prose figures, search and
 * documents: each reads the figure from the seed text and compares it with the answer.
 */
const nodes = <T>(c: Conn<T>): T[] => c.edges.map((e) => e.node);
const dec = (s: string | null | undefined) => new Decimal(s ?? 'NaN');
const same = (a: string | null | undefined, b: string) => expect(dec(a).eq(printed(b)), `${a} = ${b}`).toBe(true);

/** 专栏 2 rows: "2. 城镇登记失业率（%）	3	<5	约束性"; a bracketed target "[60]" is a five-year total. */
function planPanel2() {
  const panel = section(fuzhouPlan, /^专栏 2：.*$/, /^注：/);
  return [...panel.matchAll(/^\d+\. (.+?)（([^（）]+)）\t([\d.]+)\t([^\t]+)\t(约束性|预期性)$/gm)].map((m) => {
    const target = m[4]!;
    return {
      name: m[1]!,
      unitOfMeasure: m[2]!,
      baseValue: m[3]!,
      targetValue: target.replace(/^[<>≤≥]|^\[|\]$/g, ''),
      cumulative: target.startsWith('['),
      nature: m[5] === '约束性' ? 'BINDING' : 'INDICATIVE',
    };
  });
}

/** Rows of the fund's 绩效指标: "社会保险费收入		≥	16.50	亿元". */
const fundIndicatorRows = () => [...fuzhouFund.matchAll(/\t([^\t\n]+)\t\t(≥|≤)\t([\d.]+)\t(\S+)$/gm)];

export const otherChecks: Record<string, Check> = {
  '03-fund-budget-year-over-year': (data) => {
    type S = { subject: string; amount: string; change: string; changePercent: string };
    type I = { name: string; target: string | null; unitOfMeasure: string | null };
    const docs = nodes((data as { documents: Conn<{ statedFigures: S[]; indicators: I[] }> }).documents);
    expect(docs).toHaveLength(1);
    const { statedFigures, indicators } = docs[0]!;
    // "预算收入338258万元,比上年增加4848万元,增长1.45%" and "支出预算335140万元,比上年增加2798万元,增长0.84%".
    for (const re of [/预算收入(\d+)万元,比上年增加(\d+)万元,增长([\d.]+)%/, /支出预算(\d+)万元,比上年增加(\d+)万元,增长([\d.]+)%/]) {
      const [, amount, change, percent] = stated(fuzhouFund, re);
      const s = statedFigures.find((x) => dec(x.amount).eq(amount!));
      expect(s, amount).toBeDefined();
      same(s!.change, change!);
      same(s!.changePercent, percent!);
      // The stated percentage reproduces from last year's amount (amount − change).
      const last = dec(amount!).minus(change!);
      expect(dec(change!).div(last).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(percent!)).toBe(true);
    }
    const rows = fundIndicatorRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const [, name, , target, uom] of rows) expect(indicators).toContainEqual(expect.objectContaining({ name, target, unitOfMeasure: uom }));
  },

  '04-satisfaction-at-least-90': (data) => {
    type P = { name: string; budgets: { indicators: { name: string; target: string | null }[] }[] };
    const projects = nodes((data as { projects: Conn<P> }).projects);
    const indicators = projects.flatMap((p) => p.budgets.flatMap((b) => b.indicators));
    // Fuzhou: "满意度指标	服务对象满意度指标	高层次人才满意度	≥98%"; Xiamen: "… 参保人员满意度 大于等于 90 %".
    const fz = [...fuzhouBudget.matchAll(/满意度指标\t[^\t]*\t([^\t]*满意度)\t≥\s*(\d+)\s*%/g)];
    const xm = [...xiamenBudget.matchAll(/^满意度指标 服务对象满意度指标 (\S*满意度) 大于等于 (\d+) %$/gm)];
    const printedAtLeast90 = [...fz, ...xm].filter((m) => Number(m[2]) >= 90);
    expect(fz.length).toBeGreaterThan(0);
    expect(xm.length).toBeGreaterThan(0);
    for (const m of printedAtLeast90) expect(indicators).toContainEqual(expect.objectContaining({ name: m[1], target: m[2] }));
    for (const p of projects) expect(p.budgets.some((b) => b.indicators.length > 0), p.name).toBe(true);
    for (const i of indicators) {
      expect(i.name).toContain('满意度');
      expect(dec(i.target).gte(90)).toBe(true);
    }
  },

  '05-binding-plan-indicators': (data) => {
    type P = { name: string; baseValue: string; targetValue: string; nature: string; baseYear: number; targetYear: number };
    const found = nodes((data as { planIndicators: Conn<P> }).planIndicators);
    const binding = planPanel2().filter((r) => r.nature === 'BINDING');
    expect(binding.length).toBe(3);
    expect(found).toHaveLength(binding.length);
    // Header "指标	2020 年	2025 年	属性".
    const [, baseYear, targetYear] = stated(fuzhouPlan, /^指标\t(\d{4}) 年\t(\d{4}) 年\t属性$/m);
    for (const r of binding) {
      expect(found).toContainEqual(expect.objectContaining({ name: r.name, baseValue: r.baseValue, targetValue: r.targetValue, nature: 'BINDING', baseYear: Number(baseYear), targetYear: Number(targetYear) }));
    }
  },

  '09-name-search': (data) => {
    type D = {
      projects: Conn<{ name: string }>;
      units: Conn<{ name: string }>;
      subjectCodes: Conn<{ code: string; name: string }>;
      indicators: Conn<{ name: string }>;
      planIndicators: Conn<{ name: string }>;
    };
    const d = data as D;
    const terms = ['人才', '社保卡', '社会保障卡'];
    for (const list of [d.projects, d.units, d.subjectCodes, d.indicators, d.planIndicators]) {
      for (const n of nodes(list)) expect(terms.some((t) => n.name.includes(t)), n.name).toBe(true);
    }
    // Printed names: Fuzhou project tables "## 市人才专项-…项目绩效目标表", "## 社会保障卡发放业务费项目绩效目标表".
    const printedProjects = [...fuzhouBudget.matchAll(/^## (\S*(?:人才|社会保障卡)\S*)项目绩效目标表$/gm)].map((m) => m[1]);
    expect(printedProjects).toContain('社会保障卡发放业务费');
    for (const name of printedProjects) expect(nodes(d.projects).map((p) => p.name)).toContain(name);
    // A unit of 单位构成, the subject code 2080116 and the plan's "社会保障卡持卡人数（万人）".
    const unit = stated(fuzhouBudget, /^(\S*人才\S*)\t财政核拨\t\d+$/m)[1];
    expect(nodes(d.units).map((u) => u.name)).toContain(unit);
    expect(nodes(d.subjectCodes)).toContainEqual(expect.objectContaining({ code: '2080116', name: stated(fuzhouBudget, /^2080116\t(\S+)\t/m)[1] }));
    expect(nodes(d.planIndicators).map((p) => p.name)).toContain(stated(fuzhouPlan, /^\d+\. (社会保障卡\S+?)（/m)[1]);
  },

  '11-fund-income-expense': (data) => {
    const facts = nodes((data as { facts: Conn<{ rowLabel: string; direction: string; amount: string; isSubtotal: boolean }> }).facts);
    // 2026 年度社会保险基金收支预算总表: "一、收入	338,258.00", "其中:1. 社会保险费收入	173,341.00" …
    const table = section(fuzhouFund, /^项 目\t.*$/, /^第三部分$/);
    const rows = [...table.matchAll(/^(.+?)\t([\d,]+\.\d{2})$/gm)];
    expect(rows.length).toBe(13);
    expect(facts).toHaveLength(rows.length);
    rows.forEach(([, label, amount], i) => {
      expect(facts[i]!.rowLabel).toBe(label);
      same(facts[i]!.amount, amount!);
    });
    // The items add up to the stated totals: 一、收入 = Σ income items; 二、支出 = Σ expense items.
    const sum = (dir: string) => facts.filter((f) => f.direction === dir && !f.isSubtotal).reduce((a, f) => a.plus(f.amount), dec('0'));
    same(sum('REVENUE').toFixed(2), stated(table, /^一、收入\t([\d,.]+)$/m)[1]!);
    same(sum('EXPENDITURE').toFixed(2), stated(table, /^二、支出\t([\d,.]+)$/m)[1]!);
  },

  '12-plan-main-indicators': (data) => {
    type P = { name: string; unitOfMeasure: string; baseValue: string; targetValue: string; cumulative: boolean; nature: string };
    const found = (data as { planIndicators: Conn<P> }).planIndicators;
    const rows = planPanel2();
    expect(rows.length).toBe(19);
    expect(found.totalCount).toBe(rows.length);
    for (const r of rows) expect(nodes(found)).toContainEqual(expect.objectContaining(r));
  },

  '15-indicators-by-unit-of-measure': (data) => {
    type I = { name: string; target: string | null; unitOfMeasure: string; projectBudget: { name: string } | null };
    const found = nodes((data as { indicators: Conn<I> }).indicators);
    // 跨省就业资金-转移支付项目绩效目标表: "社会效益指标	新增就业人员数量	≥130000 人".
    const table = section(fuzhouBudget, /^## 跨省就业资金-转移支付项目绩效目标表$/, /^## /);
    const [, name, target] = stated(table, /\t(新增就业人员数量)\t≥(\d+) 人/);
    expect(found).toContainEqual(expect.objectContaining({ name, target, projectBudget: expect.objectContaining({ name: '跨省就业资金-转移支付' }) }));
    for (const i of found) expect(i.unitOfMeasure).toBe('人');
    // Largest target first.
    const targets = found.map((i) => dec(i.target ?? '-1'));
    for (let k = 1; k < targets.length; k++) expect(targets[k - 1]!.gte(targets[k]!)).toBe(true);
  },

  '17-functional-hierarchy-208': (data) => {
    type C = { code: string; level: number; children: { code: string; level: number }[] };
    const root = (data as { subjectCode: { code: string; level: number; children: C[] } }).subjectCode;
    expect(root).toMatchObject({ code: '208', level: 1 });
    // Every 208 款 and 项 printed in a functional code column of the two department budgets.
    const texts = fuzhouBudget + '\n' + xiamenBudget;
    const sections = new Set([...texts.matchAll(/^(208\d{2})[\t ]\S/gm)].map((m) => m[1]!));
    const items = new Set([...texts.matchAll(/^(208\d{4})[\t ]\S/gm)].map((m) => m[1]!));
    expect(new Set(root.children.map((c) => c.code))).toEqual(sections);
    const graphItems = root.children.flatMap((c) => c.children.map((i) => i.code));
    expect(new Set(graphItems)).toEqual(items);
    for (const c of root.children) {
      expect(c.level).toBe(2);
      for (const i of c.children) expect(i).toMatchObject({ level: 3, code: expect.stringMatching(new RegExp(`^${c.code}\\d{2}$`)) });
    }
  },

  '19-department-indicators-xiamen': (data) => {
    const found = (data as { indicators: Conn<{ name: string; operator: string; target: string; unitOfMeasure: string }> }).indicators;
    // 附件10 部门整体支出绩效目标表: "台湾特聘专家补贴人数 等于 150 人" … (one-line rows; others wrap).
    const table = section(xiamenBudget, /^部门整体支出绩效目标表$/, /^一级项目绩效目标表$/);
    const ops: Record<string, string> = { 等于: '=', 大于等于: '>=', 小于等于: '<=' };
    const rows = [...table.matchAll(/^(\S+) (等于|大于等于|小于等于) ([\d.]+) (\S+)$/gm)];
    expect(rows.length).toBeGreaterThan(5);
    expect(found.totalCount).toBeGreaterThanOrEqual(rows.length);
    for (const [, name, op, target, uom] of rows) {
      expect(nodes(found)).toContainEqual(expect.objectContaining({ name, operator: ops[op!], target, unitOfMeasure: uom }));
    }
  },

  '20-stated-figures-change': (data) => {
    type S = { subject: string; amount: string; change: string | null; changePercent: string | null; raw: string | null; document: { city: string } };
    const found = nodes((data as { statedFigures: Conn<S> }).statedFigures);
    // Fuzhou 2024 预算收支总体情况: "收入预算为198260.91万元，比上年增加5828.37万元，增长3.03%".
    const [, amount, change, percent] = stated(fuzhouBudget, /收入预算为?(\d+\.\d{2})万元，比上年增加([\d.]+)万元，增长([\d.]+)%/);
    expect(found).toContainEqual(expect.objectContaining({ amount, change, changePercent: percent, document: expect.objectContaining({ city: '福州市' }) }));
    // Xiamen, wrapped over page lines: "2024年收入预算为 / 159,318.40万元，比2023年预算数增加28,021.16万元，增长 / 21.34％".
    const [, xa, xc, xp] = stated(xiamenBudget, /收入预算为\s*([\d,.]+)万元，比\d{4}年预算数增加([\d,.]+)万元，增长\s*([\d.]+)％/);
    expect(found).toContainEqual(expect.objectContaining({ amount: printed(xa!), change: printed(xc!), changePercent: xp, document: expect.objectContaining({ city: '厦门市' }) }));
    expect(found.length).toBeGreaterThan(2);
  },

  '21-work-targets-and-plan': (data) => {
    type T = { subject: string; value: string; year: number; document: { kind: string }; planIndicators: { inferred: boolean; method: string; planIndicator: { name: string; targetValue: string } }[] };
    const found = nodes((data as { targets: Conn<T> }).targets);
    // 2024 部门预算: "全年城镇新增就业13万人以上"; 专栏 2: "1. 城镇新增就业人数（万人）	14	[60]	预期性".
    const value = stated(fuzhouBudget, /城镇新增就业(\d+)万人以上/)[1];
    const plan = planPanel2().find((r) => r.name.startsWith('城镇新增就业'))!;
    const t = found.find((x) => x.document.kind === 'DEPARTMENT_BUDGET' && x.subject === '城镇新增就业' && x.year === 2024);
    expect(t).toBeDefined();
    expect(t!.value).toBe(value);
    expect(t!.planIndicators).toEqual([{ inferred: true, method: 'NAME_PREFIX_AND_PERIOD', planIndicator: expect.objectContaining({ name: plan.name, targetValue: plan.targetValue }) }]);
  },

  '22-fund-performance-indicators': (data) => {
    const found = nodes((data as { indicators: Conn<{ name: string; operator: string; target: string | null; unitOfMeasure: string | null }> }).indicators);
    const rows = fundIndicatorRows();
    // 收入预算金额(亿元): 33.83 is 338,258.00 万元 rounded: the fund table's 亿元 as printed.
    expect(rows.map((r) => r[1])).toContain('社会保险费收入');
    for (const [, name, op, target, uom] of rows) {
      expect(found).toContainEqual(expect.objectContaining({ name, operator: op === '≥' ? '>=' : '<=', target, unitOfMeasure: uom }));
    }
    const income = dec(stated(fuzhouFund, /^一、收入\t([\d,.]+)$/m)[1]!.replace(/,/g, ''));
    expect(income.div(10000).toDecimalPlaces(2).eq(stated(fuzhouFund, /收入预算金额\(亿元\):\t([\d.]+)/)[1]!)).toBe(true);
  },

  '29-documents-overview': (data) => {
    type D = { kind: string; fileName: string; contentHash: string; unitListings: unknown[]; projectBudgets: unknown[] };
    const docs = (data as { documents: Conn<D> }).documents;
    const all = seeds();
    expect(docs.totalCount).toBe(all.length);
    // Each document is the seed file it names (SHA-256 of its bytes).
    for (const s of all) {
      expect(nodes(docs)).toContainEqual(expect.objectContaining({ fileName: s.fileName, contentHash: createHash('sha256').update(s.bytes).digest('hex') }));
    }
    const fz = nodes(docs).find((d) => d.kind === 'DEPARTMENT_BUDGET' && fuzhouBudget.includes('福州市人力资源和社会保障') && all.find((s) => s.fileName === d.fileName)?.text === fuzhouBudget)!;
    expect(fz.projectBudgets).toHaveLength(Number(stated(fuzhouBudget, /共设置\s*(\d+)\s*个项目绩效目标/)[1]));
    expect(fz.unitListings).toHaveLength([...fuzhouBudget.matchAll(/^\S+\t财政核拨\t\d+$/gm)].length);
  },
};
