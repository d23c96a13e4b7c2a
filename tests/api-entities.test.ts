import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { queryData, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

const FUZHOU_DEPARTMENT = '福州市人力资源和社会保障局';

interface Conn<T> {
  totalCount: number;
  edges: { node: T }[];
}

describe('GraphQL entities over the seed graph: figures the documents state', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const fuzhou = seedContaining('福州市人力资源和社会保障', '部门预算').text;
  const xiamen = seedContaining('厦门市人力资源和社会保障局').text;
  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await wipe(db);
    await db.close();
  });

  it('lists the 86 projects of the Fuzhou 2024 budget (共设置86个项目绩效目标) whose fiscal funds add up to the stated 72695.90 万元', async () => {
    // "2024年，福州市人力资源和社会保障局共设置86个项目绩效目标，共涉及财政拨款资金72695.90万元。"
    const m = /共设置\s*(\d+)\s*个项目绩效目标，共涉及财政拨款资金\s*([\d.]+)\s*万元/.exec(fuzhou);
    expect(m).not.toBeNull();
    const stated = Number(m![1]);
    const where = {
      departmentSome: { name: { equals: FUZHOU_DEPARTMENT } },
      budgetsSome: { year: { equals: 2024 }, documentSome: { kind: { equals: 'DEPARTMENT_BUDGET' } } },
    };
    const data = await queryData<{ projects: Conn<{ name: string; budgets: { year: number; fiscalFunds: string; unit: string }[] }> }>(
      server.url,
      'query($where: ProjectWhere) { projects(where: $where, first: 500) { totalCount edges { node { name budgets { year fiscalFunds unit } } } } }',
      { where },
    );
    expect(data.projects.totalCount).toBe(stated);
    const budgets = data.projects.edges.flatMap((e) => e.node.budgets.filter((b) => b.year === 2024));
    expect(budgets).toHaveLength(stated);
    expect(budgets.every((b) => b.unit === '万元')).toBe(true);
    const sum = budgets.reduce((a, b) => a.plus(b.fiscalFunds), new Decimal(0));
    expect(sum.toFixed(2)).toBe(new Decimal(m![2]!).toFixed(2));
  });

  it('finds the Xiamen transfer to 各区 under 2080116 as the table prints it, with its code, payer and the project it funds (inferred)', async () => {
    // 附件 转移支付支出预算表 row: "403012 厦门市人才服务中心 2080116 引进人才费用 一般公共预算资金 专项转移支付 新引进人才生活补贴 17,513.00"
    const row = /^\d+ (\S+) 2080116 (\S+) \S+ (\S+转移支付) (\S+) ([\d,]+\.\d{2})$/m.exec(xiamen);
    expect(row).not.toBeNull();
    const [, payer, codeName, transferType, projectName, printed] = row!;
    const amount = printed!.replace(/,/g, '');
    const data = await queryData<{
      transferPayments: Conn<{
        amount: string;
        unit: string;
        payerName: string;
        transferType: string;
        projectName: string;
        recipient: { name: string; level: string; transfersReceived: { key: string }[] };
        code: { code: string; name: string; parent: { code: string }; transfers: { amount: string }[] };
        payerUnit: { name: string; department: { name: string } };
        fundedBudgets: { inferred: boolean; method: string; projectBudget: { fiscalFunds: string; transfers: { transfer: { amount: string } }[] } }[];
      }>;
    }>(
      server.url,
      `query($amount: Decimal!) { transferPayments(where: { amount: { equals: $amount }, codeSome: { code: { equals: "2080116" } } }) {
        totalCount edges { node { amount unit payerName transferType projectName
          recipient { name level transfersReceived { key } }
          code { code name parent { code } transfers { amount } }
          payerUnit { name department { name } }
          fundedBudgets { inferred method projectBudget { fiscalFunds transfers { transfer { amount } } } } } } } }`,
      { amount },
    );
    expect(data.transferPayments.totalCount).toBe(1);
    const t = data.transferPayments.edges[0]!.node;
    expect(t).toMatchObject({ amount: '17513.00', unit: '万元', payerName: payer, transferType, projectName });
    expect(t.recipient).toMatchObject({ name: '各区', level: 'DISTRICTS' });
    expect(t.recipient.transfersReceived.length).toBeGreaterThan(1); // the table's other rows go to 各区 too
    expect(t.code).toMatchObject({ code: '2080116', name: codeName, parent: { code: '20801' } });
    expect(t.code.transfers.map((x) => x.amount)).toContain(amount + '');
    expect(t.payerUnit.department.name).toBe('厦门市人力资源和社会保障局');
    // The performance table of the project states "预算资金 17,513.00 万元 其中：财政拨款数 17,513.00 万元".
    expect(xiamen).toMatch(/预算资金 17,513\.00 万元 其中：财政拨款数 17,513\.00 万元/);
    expect(t.fundedBudgets).toHaveLength(1);
    expect(t.fundedBudgets[0]).toMatchObject({ inferred: true, method: 'INFERRED_AMOUNT_MATCH', projectBudget: { fiscalFunds: '17513.00' } });
    expect(t.fundedBudgets[0]!.projectBudget.transfers.map((l) => l.transfer.amount)).toEqual(['17513.00']);
  });

  it('answers which projects have a satisfaction (满意度) indicator of at least 90, including one the Fuzhou tables print', async () => {
    // e.g. "满意度指标	服务对象满意度指标	高层次人才满意度	≥98%"
    const printed = [...fuzhou.matchAll(/满意度指标\t[^\t]*\t([^\t]*满意度)\t≥\s*(\d+)\s*%/g)].filter((m) => Number(m[2]) >= 90);
    expect(printed.length).toBeGreaterThan(0);
    const data = await queryData<{ projects: Conn<{ name: string; budgets: { indicators: { name: string; target: string | null; operator: string; projectBudget: { name: string } }[] }[] }> }>(
      server.url,
      `{ projects(first: 500, where: { budgetsSome: { indicatorsSome: { name: { contains: "满意度" }, target: { gte: "90" } } } }) {
        totalCount edges { node { name budgets { indicators { name target operator projectBudget { name } } } } } } }`,
    );
    expect(data.projects.totalCount).toBeGreaterThan(0);
    const indicators = data.projects.edges.flatMap((e) => e.node.budgets.flatMap((b) => b.indicators));
    for (const m of printed) expect(indicators).toContainEqual(expect.objectContaining({ name: m[1], target: m[2] }));
    // Every project listed has such an indicator (target compared exactly, not as a float).
    for (const e of data.projects.edges) {
      const ok = e.node.budgets.some((b) => b.indicators.some((i) => i.name.includes('满意度') && i.target !== null && new Decimal(i.target).gte(90)));
      expect(ok, e.node.name).toBe(true);
    }
  });

  it('navigates both ways: unit → listings and department → units; code → parent → children; document → issues → facts → issues', async () => {
    const data = await queryData<{
      units: Conn<{ name: string; listings: { staffCount: number; fundingType: string; document: { kind: string } }[]; department: { units: { name: string }[] } }>;
      subjectCode: { code: string; level: number; parent: { code: string; level: number; children: { code: string }[]; parent: { code: string } } };
      documents: Conn<{ validationIssues: { rule: string; severity: string; difference: string | null; unit: string | null; facts: { amount: string; validationIssues: { rule: string }[] }[] }[] }>;
    }>(
      server.url,
      `{ units(where: { name: { equals: "福州市劳动保障监察支队" } }) { totalCount edges { node { name listings { staffCount fundingType document { kind } } department { units { name } } } } }
         subjectCode(scheme: "FUNCTIONAL", code: "2080116") { code level parent { code level children { code } parent { code } } }
         documents(where: { city: { equals: "福州市" }, kind: { equals: "DEPARTMENT_BUDGET" }, year: { equals: 2024 } }) {
           edges { node { validationIssues { rule severity difference unit facts { amount validationIssues { rule } } } } } } }`,
    );
    // The units table prints "福州市劳动保障监察支队 财政核拨 15".
    expect(fuzhou).toMatch(/福州市劳动保障监察支队\s+财政核拨\s+15/);
    const unit = data.units.edges[0]!.node;
    expect(unit.listings).toContainEqual({ staffCount: 15, fundingType: '财政核拨', document: { kind: 'DEPARTMENT_BUDGET' } });
    expect(unit.department.units.map((u) => u.name)).toContain('福州市劳动保障监察支队');
    expect(data.subjectCode).toMatchObject({ code: '2080116', level: 3, parent: { code: '20801', level: 2, parent: { code: '208' } } });
    expect(data.subjectCode.parent.children.map((c) => c.code)).toContain('2080116');
    // The 800 万元 disagreement between the two stated general-appropriation totals, with its facts.
    const issues = data.documents.edges[0]!.node.validationIssues;
    const gap = issues.find((i) => i.rule === 'CROSS_TABLE_TOTAL' && i.difference !== null && new Decimal(i.difference).abs().eq(800));
    expect(gap).toBeDefined();
    expect(gap!.unit).toBe('万元');
    expect(gap!.facts.length).toBeGreaterThanOrEqual(2);
    expect(gap!.facts[0]!.validationIssues.map((i) => i.rule)).toContain('CROSS_TABLE_TOTAL');
  });

  it('links the 2024 work target to the plan indicator it serves (inferred) and a unit to the projects it implements', async () => {
    // Budget prose: "目标是全年城镇新增就业13万人以上"; plan panel row: "1. 城镇新增就业人数	万人	…".
    const target = /目标是全年(城镇新增就业)(\d+)万人以上/.exec(fuzhou);
    expect(target).not.toBeNull();
    expect(seedContaining('十四五').text).toMatch(/城镇新增就业人数\t万人/);
    const data = await queryData<{
      targets: Conn<{ value: string; planIndicators: { inferred: boolean; method: string; planIndicator: { name: string; targets: { target: { subject: string } }[] } }[] }>;
      units: Conn<{ name: string; projects: { key: string }[]; projectBudgets: { project: { key: string } }[] }>;
    }>(
      server.url,
      `query($subject: String!, $value: Decimal!) {
        targets(where: { subject: { equals: $subject }, value: { equals: $value } }) { edges { node { value
          planIndicators { inferred method planIndicator { name targets { target { subject } } } } } } }
        units(where: { projectBudgetsSome: {} }, first: 500) { edges { node { name projects { key } projectBudgets { project { key } } } } } }`,
      { subject: target![1], value: target![2] },
    );
    const links = data.targets.edges.flatMap((e) => e.node.planIndicators);
    expect(links).toContainEqual(expect.objectContaining({ inferred: true, method: 'NAME_PREFIX_AND_PERIOD', planIndicator: expect.objectContaining({ name: '城镇新增就业人数' }) }));
    expect(links[0]!.planIndicator.targets.map((t) => t.target.subject)).toContain('城镇新增就业');
    expect(data.units.edges.length).toBeGreaterThan(0);
    for (const { node } of data.units.edges) {
      expect(node.projects.map((p) => p.key).sort()).toEqual([...new Set(node.projectBudgets.map((b) => b.project.key))].sort());
    }
  });

  it('finds by key and by code, and gives null for a key that does not exist', async () => {
    const list = await queryData<{ projects: Conn<{ key: string; name: string }> }>(server.url, '{ projects(first: 1, orderBy: [{ field: NAME }]) { edges { node { key name } } } }');
    const { key, name } = list.projects.edges[0]!.node;
    const data = await queryData<{ project: { name: string } | null; missing: unknown; code: { name: string } | null; noCode: unknown }>(
      server.url,
      'query($key: String!) { project(key: $key) { name } missing: project(key: "no|such|project") { name } code: subjectCode(key: "FUNCTIONAL|2080116") { name } noCode: subjectCode(scheme: "FUNCTIONAL", code: "9999999") { name } }',
      { key },
    );
    expect(data.project?.name).toBe(name);
    expect(data.missing).toBeNull();
    expect(data.code?.name).toBe('引进人才费用');
    expect(data.noCode).toBeNull();
  });
});
