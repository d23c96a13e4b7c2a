import { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { fuzhouBudget, lineNumberOf, printed, section, stated, xiamenBudget } from './seed-text.js';

/**
 * Checks of the examples about department budget tables and projects: each reads the figure
 * from the seed text (regex) and compares it with the example's answer. Money is compared as
 * exact decimals (万元), never as floats.
 */
export interface Conn<T> {
  totalCount: number;
  edges: { node: T }[];
}
export type Check = (data: unknown) => void;

const nodes = <T>(c: Conn<T>): T[] => c.edges.map((e) => e.node);
const dec = (s: string | null | undefined) => new Decimal(s ?? 'NaN');
const same = (a: string | null | undefined, b: string) => expect(dec(a).eq(printed(b)), `${a} = ${b}`).toBe(true);

/** Xiamen 附件 市对区转移支付支出预算表: one row per transfer, e.g. "403012 厦门市人才服务中心 2080116 …". */
const XIAMEN_TRANSFER_ROW = /^(\d{6}) (\S+) (\d{7}) (\S+) (\S+预算资金) (?:(\S+转移支付) )?(\S+) ([\d,]+\.\d{2})$/gm;
const xiamenTransfers = () =>
  [...section(xiamenBudget, /^市对区转移支付支出预算表$/, /^部门整体支出绩效目标表$/).matchAll(XIAMEN_TRANSFER_ROW)].map((m) => ({
    payer: m[2]!,
    code: m[3]!,
    codeName: m[4]!,
    sourceBudget: m[5]!,
    transferType: m[6] ?? null,
    projectName: m[7]!,
    amount: printed(m[8]!),
    printedAmount: m[8]!,
  }));

/**
 * Fuzhou project performance tables: a "<name>项目绩效目标表" heading line (markdown "## " for all
 * but the first) … "资金总额 … <amount>" … "财政拨款 … <amount>".
 */
function fuzhouProjectTables(): { name: string; total: string; fiscal: string; body: string }[] {
  const parts = fuzhouBudget.split(/^(?:#+ *)?(?=\S.*项目绩效目标表\s*$)/m).slice(1);
  return parts.map((p) => ({
    name: p.slice(0, p.indexOf('项目绩效目标表')).trim(),
    total: stated(p, /资金总额\t+([\d.]+)/)[1]!,
    fiscal: stated(p, /财政拨款\t+([\d.]+)/)[1]!,
    body: p,
  }));
}

export const budgetChecks: Record<string, Check> = {
  '01-district-transfer-projects': (data) => {
    type Pb = {
      name: string;
      fiscalFunds: string;
      document: { city: string };
      recipients: { level: string }[];
      transfers: { inferred: boolean | null; method: string | null; transfer: { amount: string; recipientName: string; recipient: { name: string; level: string }; sourceBudget: string; code: { code: string } } }[];
      indicators: { name: string }[];
    };
    const pbs = nodes((data as { projectBudgets: Conn<Pb> }).projectBudgets);
    // Xiamen: each transfer in the answer is a row of the printed table, with its code, source
    // budget and recipient 各区; the 2080116 row (17,513.00) funds the project whose table states
    // "预算资金 17,513.00 万元 其中：财政拨款数 17,513.00 万元".
    const rows = xiamenTransfers();
    expect(rows.length).toBe(5);
    const links = pbs.flatMap((p) => p.transfers.map((l) => ({ p, l })));
    for (const { p, l } of links) {
      const row = rows.find((r) => r.amount === l.transfer.amount);
      expect(row, l.transfer.amount).toBeDefined();
      expect(l.transfer).toMatchObject({ recipientName: '各区', recipient: { name: '各区', level: 'DISTRICTS' }, sourceBudget: row!.sourceBudget, code: { code: row!.code } });
      expect(l).toMatchObject({ inferred: true, method: 'INFERRED_AMOUNT_MATCH' });
      same(p.fiscalFunds, row!.amount);
    }
    const talent = rows.find((r) => r.code === '2080116')!;
    expect(xiamenBudget).toContain(`预算资金 ${talent.printedAmount} 万元 其中：财政拨款数 ${talent.printedAmount} 万元`);
    expect(links.map((x) => x.l.transfer.amount)).toContain(talent.amount);
    // Fuzhou: every "…-转移支付项目绩效目标表" is a project budget paid to 县（市）区 with its 财政拨款.
    const fuzhouTransfers = fuzhouProjectTables().filter((t) => t.name.endsWith('-转移支付'));
    expect(fuzhouTransfers.length).toBe(6);
    for (const t of fuzhouTransfers) {
      const pb = pbs.find((p) => p.document.city === '福州市' && p.name === t.name);
      expect(pb, t.name).toBeDefined();
      same(pb!.fiscalFunds, t.fiscal);
      expect(pb!.recipients.map((r) => r.level)).toContain('DISTRICT');
    }
    for (const p of pbs) expect(p.indicators.length, p.name).toBeGreaterThan(0);
  },

  '02-subject-code-basic-project-rollup': (data) => {
    type Cell = { document: { city: string }; kind: string; column: string; amount: string };
    type Code = { code: string; level: number; facts: Cell[] };
    const c = (data as { subjectCode: Code & { parent: Code & { parent: Code } } }).subjectCode;
    expect([c.code, c.level, c.parent.code, c.parent.level, c.parent.parent.code, c.parent.parent.level]).toEqual(['2080116', 3, '20801', 2, '208', 1]);
    const cell = (code: Code, city: string, column: string) => code.facts.find((f) => f.document.city === city && f.column === column)?.amount;
    // Fuzhou 2024 年度一般公共预算拨款支出预算表: 科目编码 科目名称 合计 基本支出 项目支出 (tab-separated).
    const gpe = section(fuzhouBudget, /^### 2024 年度一般公共预算拨款支出预算表$/, /^#/);
    for (const code of [c, c.parent, c.parent.parent]) {
      const [, total, basic, project] = stated(gpe, new RegExp(`^${code.code}\\t[^\\t]+\\t([\\d.]+)\\t([\\d.]*)\\t([\\d.]*)$`, 'm'));
      same(cell(code, '福州市', '合计'), total!);
      if (basic) same(cell(code, '福州市', '基本支出'), basic);
      else expect(cell(code, '福州市', '基本支出')).toBeUndefined();
      same(cell(code, '福州市', '项目支出'), project!);
      expect(dec(basic || '0').plus(project!).eq(total!)).toBe(true);
    }
    // Xiamen 一般公共预算支出情况表: 合计, 基本支出 {小计, 人员经费, 公用经费}, 项目支出; 2080116 has no basic spending.
    const xm = section(xiamenBudget, /^一般公共预算支出情况表$/, /^一般公共预算基本支出情况表/);
    const [, leafTotal, leafProject] = stated(xm, /^2080116 引进人才费用 ([\d,.]+) ([\d,.]+)$/m);
    same(cell(c, '厦门市', '合计'), leafTotal!);
    same(cell(c, '厦门市', '项目支出'), leafProject!);
    const [, total, basic, , , project] = stated(xm, /^20801 \S+ ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+)$/m);
    same(cell(c.parent, '厦门市', '合计'), total!);
    same(cell(c.parent, '厦门市', '基本支出/小计'), basic!);
    same(cell(c.parent, '厦门市', '项目支出'), project!);
  },

  '06-revenue-by-source': (data) => {
    const facts = nodes((data as { facts: Conn<{ column: string; amount: string; unit: string }> }).facts);
    // 2024 年度收入预算总表: the header names the sources; the 合计 row gives each one's amount.
    const table = section(fuzhouBudget, /^### 2024 年度收入预算总表$/, /^#/);
    const header = stated(table, /^科目编码\t.*$/m)[0].split('\t');
    const total = stated(table, /^合计\t.*$/m)[0].split('\t');
    const printedCells = header.map((h, i) => [h, total[i] ?? ''] as const).filter(([, v], i) => i >= 2 && v !== '');
    expect(printedCells.length).toBe(5);
    expect(facts).toHaveLength(printedCells.length);
    for (const [column, amount] of printedCells) {
      const f = facts.find((x) => x.column === column);
      expect(f, column).toBeDefined();
      expect(f!.amount).toBe(amount); // exact, with the printed scale (2935.3214)
      expect(f!.unit).toBe('万元');
    }
  },

  '07-three-public-expenses': (data) => {
    type F = { document: { city: string }; rowLabel: string; kind: string; amount: string };
    const d = data as { facts: Conn<F>; changes: Conn<{ document: { city: string }; subject: string; amount: string; change: string; changePercent: string }> };
    const facts = nodes(d.facts);
    // Fuzhou: "项目 预算数" rows, e.g. "合计 79.69", "1、因公出国（境）费用 26.60".
    const fz = section(fuzhouBudget, /^### 2024 年度一般公共预算“三公”经费支出预算表$/, /^#/);
    const rows = [...fz.matchAll(/^(\S+)\t([\d.]+)$/gm)];
    expect(rows.length).toBe(6);
    for (const [, label, amount] of rows) {
      // "其中：（1）公务用车购置费": the graph's row label drops the "其中：" (of which) prefix.
      const f = facts.find((x) => x.document.city === '福州市' && x.rowLabel === label!.replace(/^其中：/, ''));
      expect(f, label).toBeDefined();
      same(f!.amount, amount!);
    }
    // Xiamen: one line of four numbers under the header: 合计, 小计 (vehicles), 运行费, 公务接待费
    // (因公出国（境）费 and 购置费 are empty and leave no trace).
    const xm = section(xiamenBudget, /^一般公共预算“三公”经费支出情况表$/, /附件8/);
    const [, total, vehicles, , reception] = stated(xm, /^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$/m);
    const xf = (kind: string) => facts.find((x) => x.document.city === '厦门市' && x.kind === kind)?.amount;
    same(xf('TOTAL'), total!);
    same(xf('VEHICLES'), vehicles!);
    same(xf('RECEPTION'), reception!);
    expect(dec(vehicles!).plus(reception!).eq(total!)).toBe(true);
    // The change from last year as the prose states it, under "（一）因公出国（境）经费".
    const prose = section(fuzhouBudget, /^#+ （一）因公出国（境）经费$/, /^#+ \*{0,2}（二）/);
    const [, amount, change, percent] = stated(prose, /预算安排([\d.]+)万元，比上年增加([\d.]+)万元，增长([\d.]+)%/);
    const travel = nodes(d.changes).find((s) => s.subject.includes('因公出国'));
    expect(travel).toBeDefined();
    same(travel!.amount, amount!);
    same(travel!.change, change!);
    same(travel!.changePercent, percent!);
  },

  '08-what-does-not-reconcile': (data) => {
    type I = { rule: string; expected: string; actual: string; difference: string; unit: string; facts: { amount: string; startLine: number }[] };
    const issues = nodes((data as { validationIssues: Conn<I> }).validationIssues);
    // 收入预算总表 合计 一般公共预算拨款收入 vs 一般公共预算拨款支出预算表 合计: both printed, 800.00 apart.
    const revenue = stated(section(fuzhouBudget, /^### 2024 年度收入预算总表$/, /^#/), /^合计\t\t[\d.]+\t([\d.]+)\t/m)[1]!;
    const gpeTotal = stated(section(fuzhouBudget, /^### 2024 年度一般公共预算拨款支出预算表$/, /^#/), /^合计\t\t([\d.]+)\t/m)[1]!;
    expect(dec(gpeTotal).minus(revenue).toFixed(2)).toBe('800.00');
    // The issue's facts point at the two printed lines.
    const revenueLine = lineNumberOf(fuzhouBudget, new RegExp(`^合计\\t\\t[\\d.]+\\t${revenue.replace('.', '\\.')}\\t`));
    const gpeLine = lineNumberOf(fuzhouBudget, new RegExp(`^合计\\t\\t${gpeTotal.replace('.', '\\.')}\\t`));
    const lines = (i: I) => i.facts.map((f) => f.startLine).sort((a, b) => a - b);
    const issue = issues.find((i) => lines(i).join() === [revenueLine, gpeLine].sort((a, b) => a - b).join());
    expect(issue).toBeDefined();
    expect(dec(issue!.expected).eq(revenue) && dec(issue!.actual).eq(gpeTotal)).toBe(true);
    expect(issue!.difference).toBe(dec(gpeTotal).minus(revenue).toFixed(2));
    expect(issue!.unit).toBe('万元');
    for (const i of issues) expect(dec(i.actual).minus(i.expected).eq(i.difference)).toBe(true);
  },

  '10-units-staff-counts': (data) => {
    type U = { name: string; listings: { fundingType: string; staffCount: number; document: { kind: string } }[] };
    const units = (data as { units: Conn<U> }).units;
    // 二、部门预算单位构成: "单位名称 经费性质 在职人数" rows.
    const table = section(fuzhouBudget, /^单位名称\t经费性质\t在职人数$/, /^#/);
    const rows = [...table.matchAll(/^(\S+)\t(\S+)\t(\d+)$/gm)];
    expect(rows.length).toBe(15);
    expect(units.totalCount).toBe(rows.length);
    for (const [, name, fundingType, staff] of rows) {
      const u = nodes(units).find((x) => x.name === name);
      expect(u, name).toBeDefined();
      expect(u!.listings).toContainEqual(expect.objectContaining({ fundingType, staffCount: Number(staff) }));
    }
  },

  '13-largest-projects': (data) => {
    const pbs = (data as { projectBudgets: Conn<{ name: string; totalFunds: string }> }).projectBudgets;
    // "共设置86个项目绩效目标"; the ten largest 资金总额 of the printed project tables.
    expect(pbs.totalCount).toBe(Number(stated(fuzhouBudget, /共设置\s*(\d+)\s*个项目绩效目标/)[1]));
    const tables = fuzhouProjectTables();
    expect(tables.length).toBe(pbs.totalCount);
    const top = tables.map((t) => dec(t.total)).sort((a, b) => b.comparedTo(a)).slice(0, 10);
    expect(nodes(pbs).map((p) => dec(p.totalFunds).toFixed(2))).toEqual(top.map((d) => d.toFixed(2)));
    const largest = tables.find((t) => dec(t.total).eq(top[0]!))!;
    expect(nodes(pbs)[0]!.name).toBe(largest.name);
  },

  '14-project-funds-basis-goal': (data) => {
    type P = { name: string; totalFunds: string; fiscalFunds: string; basis: string; goalText: string; indicators: { name: string; target: string | null }[] };
    const pbs = nodes((data as { projectBudgets: Conn<P> }).projectBudgets);
    const t = fuzhouProjectTables().find((x) => x.name === '社会保障卡发放业务费')!;
    const p = pbs.find((x) => x.name === t.name);
    expect(p).toBeDefined();
    same(p!.totalFunds, t.total);
    same(p!.fiscalFunds, t.fiscal);
    expect(p!.goalText).toBe(stated(t.body, /^项目实施期目标\t([^\t]+)/m)[1]);
    expect(p!.basis).toBe(stated(t.body, /项目立项的依据\t+([^\t]+)/)[1]);
    const [, indicator, target] = stated(t.body, /\t(社保卡新增制卡量)\t≥(\d+)万张/);
    expect(p!.indicators).toContainEqual(expect.objectContaining({ name: indicator, target }));
  },

  '16-transfers-by-source-budget': (data) => {
    type T = { sourceBudget: string; transferType: string | null; amount: string; payerName: string; subjectCode: string; projectName: string };
    const transfers = (data as { transferPayments: Conn<T> }).transferPayments;
    const rows = xiamenTransfers();
    expect(transfers.totalCount).toBe(rows.length);
    for (const r of rows) {
      expect(nodes(transfers)).toContainEqual(
        expect.objectContaining({ sourceBudget: r.sourceBudget, transferType: r.transferType, amount: r.amount, payerName: r.payer, subjectCode: r.code, projectName: r.projectName }),
      );
    }
    // "合计： 20,826.00": the rows add up to the printed total.
    const total = printed(stated(xiamenBudget, /^市对区转移支付支出预算表$[\s\S]*?^合计： ([\d,.]+)$/m)[1]!);
    expect(nodes(transfers).reduce((a, t) => a.plus(t.amount), dec('0')).eq(total)).toBe(true);
    // Sorted by source budget.
    const sources = nodes(transfers).map((t) => t.sourceBudget);
    expect(sources).toEqual([...sources].sort());
  },

  '18-table-facts-with-provenance': (data) => {
    type F = { amount: string; startLine: number; raw: string | null };
    const tables = nodes((data as { sourceTables: Conn<{ title: string; startLine: number; facts: F[] }> }).sourceTables);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.startLine).toBe(lineNumberOf(xiamenBudget, '一般公共预算“三公”经费支出情况表'));
    const line = stated(section(xiamenBudget, /^一般公共预算“三公”经费支出情况表$/, /附件8/), /^[\d.]+( [\d.]+)+$/m)[0];
    const lineNo = lineNumberOf(xiamenBudget, line);
    expect(t.facts.length).toBeGreaterThan(0);
    for (const f of t.facts) {
      expect(f.startLine).toBe(lineNo);
      expect(line.split(' ')).toContain(f.amount);
      expect(f.raw).toContain(line);
    }
  },

  '24-expenditure-basic-project-totals': (data) => {
    const facts = nodes((data as { facts: Conn<{ document: { city: string }; column: string; kind: string; amount: string }> }).facts);
    const cell = (city: string, column: string) => facts.find((f) => f.document.city === city && f.column === column)?.amount;
    // Fuzhou 2024 年度支出预算总表: "合计 198260.91 122683.84 75577.07" (合计 基本支出 项目支出).
    const [, total, basic, project] = stated(section(fuzhouBudget, /^#### 2024 年度支出预算总表$/, /^#/), /^合计\t\t([\d.]+)\t([\d.]+)\t([\d.]+)/m);
    same(cell('福州市', '合计'), total!);
    same(cell('福州市', '基本支出'), basic!);
    same(cell('福州市', '项目支出'), project!);
    expect(dec(basic!).plus(project!).eq(total!)).toBe(true);
    // Xiamen 部门支出预算总体情况表: 合计, 财政拨款 {小计, 基本, 项目}, 非财政拨款 {小计, 项目}.
    const [, xt, fiscal, fb, fp, nonFiscal, np] = stated(xiamenBudget, /^合计: ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+)$/m);
    same(cell('厦门市', '合计'), xt!);
    same(cell('厦门市', '财政拨款/小计'), fiscal!);
    same(cell('厦门市', '财政拨款/基本支出'), fb!);
    same(cell('厦门市', '财政拨款/项目支出'), fp!);
    same(cell('厦门市', '非财政拨款/小计'), nonFiscal!);
    same(cell('厦门市', '非财政拨款/项目支出'), np!);
  },

  '23-economic-classification': (data) => {
    type F = { subjectCode: string; amount: string; isSubtotal: boolean; code: { parent: { code: string } | null } };
    const facts = nodes((data as { facts: Conn<F> }).facts);
    // 2024 年度一般公共预算基本支出经济分类情况表: "科目编码 科目名称 预算数", 合计 122181.66.
    const table = section(fuzhouBudget, /^### 2024 年度一般公共预算基本支出经济分类情况表$/, /^#/);
    const rows = [...table.matchAll(/^(3\d{2,4})\t[^\t]+\t([\d.]+)$/gm)];
    expect(rows.length).toBe(facts.length);
    for (const [, code, amount] of rows) {
      const f = facts.find((x) => x.subjectCode === code);
      expect(f, code).toBeDefined();
      same(f!.amount, amount!);
      if (code!.length === 5) expect(f!.code.parent?.code).toBe(code!.slice(0, 3));
    }
    // The 类 rows (301, 302 …) are subtotals of their 款 rows and add up to the printed 合计.
    const total = stated(table, /^合计\t\t([\d.]+)$/m)[1]!;
    const classes = facts.filter((f) => f.subjectCode.length === 3);
    expect(classes.every((f) => f.isSubtotal)).toBe(true);
    expect(classes.reduce((a, f) => a.plus(f.amount), dec('0')).eq(total)).toBe(true);
  },

  '25-unit-projects': (data) => {
    type P = { name: string; totalFunds: string; fiscalFunds: string; supervisingDepartment: string };
    const units = nodes((data as { units: Conn<{ name: string; projectBudgets: P[] }> }).units);
    expect(units).toHaveLength(1);
    // Every Xiamen 一级项目绩效目标表 names "实施单位 403-厦门市人力资源和社会保障局" and states its
    // "预算资金 X 万元 其中：财政拨款数 Y 万元".
    const tables = xiamenBudget.split(/^一级项目绩效目标表$/m).slice(1);
    const printedProjects = tables
      .filter((t) => /^实施单位 \d+-厦门市人力资源和社会保障局 主管部门/m.test(t))
      .map((t) => ({ name: stated(t, /^项目名称 (\S+) 实施期限/m)[1]!, total: printed(stated(t, /预算资金 ([\d,.]+) 万元/)[1]!), fiscal: printed(stated(t, /财政拨款数 ([\d,.]+) 万元/)[1]!) }));
    const pbs = units[0]!.projectBudgets;
    expect(pbs).toHaveLength(printedProjects.length);
    for (const p of printedProjects) {
      expect(pbs, p.name).toContainEqual(expect.objectContaining({ name: p.name, totalFunds: p.total, fiscalFunds: p.fiscal, supervisingDepartment: '厦门市人力资源和社会保障局' }));
    }
  },

  '26-project-period-disbursement': (data) => {
    type P = { period: string; goalText: string; disbursementPlan: string; totalFunds: string; fiscalFunds: string; indicators: { name: string; target: string | null; unitOfMeasure: string | null }[] };
    const pbs = nodes((data as { projectBudgets: Conn<P> }).projectBudgets);
    expect(pbs).toHaveLength(1);
    const t = section(xiamenBudget, /^项目名称 信息化专项资金 实施期限 \S+$/, /附件11|^一级项目绩效目标表$/);
    expect(pbs[0]).toMatchObject({
      period: stated(t, /实施期限 (\S+)$/m)[1],
      goalText: stated(t, /^年度目标 (.+)$/m)[1],
      disbursementPlan: stated(t, /^资金投入计划 (.+)$/m)[1],
      totalFunds: printed(stated(t, /预算资金 ([\d,.]+) 万元/)[1]!),
      fiscalFunds: printed(stated(t, /财政拨款数 ([\d,.]+) 万元/)[1]!),
    });
    const [, name, target, uom] = stated(t, /^满意度指标 服务对象满意度指标 (\S+) 大于等于 ([\d.]+) (\S+)$/m);
    expect(pbs[0]!.indicators).toContainEqual(expect.objectContaining({ name, target, unitOfMeasure: uom }));
  },

  '27-units-by-funding-type': (data) => {
    type L = { fundingType: string; unit: { name: string } };
    const docs = nodes((data as { documents: Conn<{ unitListings: L[] }> }).documents);
    expect(docs).toHaveLength(1);
    // 二、部门预算单位基本情况: "单位名称 经费性质" rows; two names wrap onto a second line.
    const table = section(xiamenBudget, /^ ?单位名称 经费性质$/, /^三、部门主要工作任务$/);
    const rows = [...table.matchAll(/^(\S+?) (全额|差额|自收自支)$/gm)];
    const wrapped = [...table.matchAll(/^(\S+)\n\n（(\S+)）\n(全额|差额|自收自支)$/gm)];
    expect(rows.length + wrapped.length).toBe(docs[0]!.unitListings.length);
    for (const [, name, fundingType] of rows) expect(docs[0]!.unitListings).toContainEqual(expect.objectContaining({ fundingType, unit: { name } }));
    for (const [, name, suffix, fundingType] of wrapped) expect(docs[0]!.unitListings).toContainEqual(expect.objectContaining({ fundingType, unit: { name: `${name}（${suffix}）` } }));
  },

  '28-transfer-project-quantity-indicators': (data) => {
    type I = { level2: string; name: string; target: string | null; unitOfMeasure: string | null; projectBudget: { name: string } };
    const indicators = nodes((data as { indicators: Conn<I> }).indicators);
    // 跨省就业资金-转移支付项目绩效目标表: "产出指标 数量指标 补助县（市）区数 ≥13 个".
    const t = fuzhouProjectTables().find((x) => x.name === '跨省就业资金-转移支付')!;
    const [, name, target, uom] = stated(t.body, /数量指标\t(\S+)\t≥(\d+) (\S+)\t?$/m);
    expect(indicators).toContainEqual(expect.objectContaining({ name, target, unitOfMeasure: uom, projectBudget: expect.objectContaining({ name: t.name }) }));
    for (const i of indicators) expect(i.level2).toBe('数量指标');
  },
};
