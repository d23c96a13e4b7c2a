import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import { buildAggregateStatement, type AggregateFilter } from '../src/graph/analytics/aggregate-query.js';
import { AggregateDimension } from '../src/graph/analytics/vocabulary.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { planOperators, testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph, plain, tableText } from './helpers/seed-graph.js';

interface Row {
  city: string | null;
  spendingType: string | null;
  kind: string | null;
  tableRole: string | null;
  direction: string | null;
  document: { key: string; name: string } | null;
  functionalCode: { code: string; name: string } | null;
  total: string;
  factCount: number;
  factKeys: string[];
}

const AGG = `query ($groupBy: [AggregateDimension!]!, $where: AggregateWhere) {
  budgetAggregate(groupBy: $groupBy, where: $where) {
    city spendingType kind tableRole direction document { key name } functionalCode { code name } total factCount factKeys
  }
}`;

const same = (a: string | undefined, b: string) => expect(a === undefined ? a : new Decimal(a).toFixed(2)).toBe(new Decimal(b).toFixed(2));

describe('budgetAggregate over the seed graph', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const fuzhou = seedContaining('福州市人力资源和社会保障', '部门预算').text;
  const xiamen = seedContaining('厦门市人力资源和社会保障局').text;
  const fund = seedContaining('社保基金预算').text;

  async function aggregate(groupBy: string[], where: Record<string, unknown>): Promise<Row[]> {
    const res = await postQuery<{ budgetAggregate: Row[] }>(server.url, AGG, { groupBy, where });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.budgetAggregate;
  }

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

  it('reproduces Fuzhou 2024 general-public-budget expenditure, split basic/project as printed', async () => {
    // 2024 年度一般公共预算拨款支出预算表, 合计 row: 合计 / 基本支出 / 项目支出.
    const printed = /\n合计\t+([\d.]+)\t([\d.]+)\t([\d.]+)/.exec(tableText(fuzhou, '2024 年度一般公共预算拨款支出预算表'));
    expect(printed).not.toBeNull();
    const [, total, basic, project] = printed!;
    const where = { cities: ['福州市'], years: [2024], tableRoles: ['GENERAL_PUBLIC_EXPENDITURE'] };
    const [all] = await aggregate([], where);
    same(all?.total, total!);
    const split = await aggregate(['SPENDING_TYPE'], where);
    same(split.find((r) => r.spendingType === 'BASIC')?.total, basic!);
    same(split.find((r) => r.spendingType === 'PROJECT')?.total, project!);
    expect(split).toHaveLength(2);
  });

  it('rolls class 208 up to its printed row in the same table', async () => {
    // The 208 社会保障和就业支出 row of the same table: 合计 / 基本支出 / 项目支出.
    const printed = /\n208\t社会保障和就业支出\t([\d.]+)\t([\d.]+)\t([\d.]+)/.exec(tableText(fuzhou, '2024 年度一般公共预算拨款支出预算表'));
    const [, total, basic, project] = printed!;
    const rows = await aggregate(['FUNCTIONAL_CLASS', 'SPENDING_TYPE'], { cities: ['福州市'], functionalCodes: ['208'], tableRoles: ['GENERAL_PUBLIC_EXPENDITURE'] });
    expect(rows.every((r) => r.functionalCode?.code === '208' && r.functionalCode.name === '社会保障和就业支出')).toBe(true);
    same(rows.find((r) => r.spendingType === 'BASIC')?.total, basic!);
    same(rows.find((r) => r.spendingType === 'PROJECT')?.total, project!);
    const sum = rows.reduce((a, r) => a.plus(r.total), new Decimal(0));
    same(sum.toFixed(2), total!);
  });

  it('gives Xiamen 2080116 引进人才费用 and rolls it up to the printed 20801 款 and 208 类 rows', async () => {
    // 一般公共预算支出情况表: "<code> <name> 合计 …" with thousands separators.
    const gpe = tableText(xiamen, '\n一般公共预算支出情况表');
    const row = (code: string, name: string) => plain(new RegExp(`\\n${code} ${name} ([\\d,]+\\.\\d{2})`).exec(gpe)?.[1]);
    const where = { cities: ['厦门市'], tableRoles: ['GENERAL_PUBLIC_EXPENDITURE'] };
    const [item] = await aggregate(['FUNCTIONAL_ITEM'], { ...where, functionalCodes: ['2080116'] });
    expect(item?.functionalCode).toEqual({ code: '2080116', name: '引进人才费用' });
    same(item?.total, row('2080116', '引进人才费用'));
    const [section] = await aggregate(['FUNCTIONAL_SECTION'], { ...where, functionalCodes: ['20801'] });
    same(section?.total, row('20801', '人力资源和社会保障管理事务'));
    const [klass] = await aggregate(['FUNCTIONAL_CLASS'], { ...where, functionalCodes: ['208'] });
    same(klass?.total, row('208', '社会保障和就业支出'));
  });

  it('counts the non-fiscal money of 2080116 in the expenditure summary, and reports the summary row that does not add up', async () => {
    // 部门支出预算总体情况表: "2080116 引进人才费用 合计 财政小计 财政项目 非财政小计 非财政项目".
    const summary = tableText(xiamen, '\n部门支出预算总体情况表');
    const printed = /\n2080116 引进人才费用 ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+) ([\d,.]+)/.exec(summary)!;
    const [item] = await aggregate([], { cities: ['厦门市'], functionalCodes: ['2080116'] }); // default table: EXPENDITURE_SUMMARY
    same(item?.total, plain(printed[1]));
    same(new Decimal(plain(printed[3])).plus(plain(printed[5])).toFixed(2), item!.total);
    // The printed 20801 row's 合计 is 0.01 above its children; the roll-up is the children's sum,
    // and the document's own validation reports that row with that sum as expected.
    const printed20801 = plain(/\n20801 人力资源和社会保障管理事务 ([\d,.]+)/.exec(summary)?.[1]);
    const [section] = await aggregate(['FUNCTIONAL_SECTION'], { cities: ['厦门市'], functionalCodes: ['20801'] });
    const issues = await postQuery<{ validationReport: { expected: string; actual: string; table: string }[] }>(
      server.url,
      '{ validationReport(city: "厦门市", rule: "PARENT_EQUALS_CHILDREN") { expected actual table } }',
    );
    const issue = issues.body.data!.validationReport.find((i) => i.table === '部门支出预算总体情况表' && i.actual === printed20801);
    expect(issue).toBeDefined();
    same(section?.total, issue!.expected);
  });

  it('defaults to one table per document and direction, reproducing each printed total', async () => {
    const rows = await aggregate(['DOCUMENT', 'TABLE_ROLE', 'DIRECTION'], {});
    const of = (kind: string, city: string, direction: string) => rows.filter((r) => r.document?.key.startsWith(`${kind}|${city}`) && r.direction === direction);
    // Fuzhou 支出预算总表 合计; the fund's 一、收入 and 二、支出 (社会保险基金收支预算总表).
    const fzTotal = /\n合计\t+([\d.]+)/.exec(tableText(fuzhou, '2024 年度支出预算总表'))?.[1];
    const fzExpenditure = of('DEPARTMENT_BUDGET', '福州市', 'EXPENDITURE');
    expect(fzExpenditure.map((r) => r.tableRole)).toEqual(['EXPENDITURE_SUMMARY']);
    same(fzExpenditure[0]?.total, fzTotal!);
    const fundIncome = plain(/一、收入\t([\d,.]+)/.exec(fund)?.[1]);
    const fundExpense = plain(/二、支出\t([\d,.]+)/.exec(fund)?.[1]);
    expect(of('FUND_BUDGET', '福州市', 'REVENUE').map((r) => r.tableRole)).toEqual(['FUND_INCOME_EXPENSE']);
    same(of('FUND_BUDGET', '福州市', 'REVENUE')[0]?.total, fundIncome);
    same(of('FUND_BUDGET', '福州市', 'EXPENDITURE')[0]?.total, fundExpense);
    // Plans hold no money facts and are not budgets: absent.
    expect(rows.some((r) => r.document?.key.startsWith('PLAN|'))).toBe(false);
  });

  it('splits the 三公 figures by kind as printed, adding up to the printed 合计', async () => {
    const t = tableText(fuzhou, '2024 年度一般公共预算“三公”经费支出预算表');
    const num = (re: RegExp) => re.exec(t)?.[1];
    const rows = await aggregate(['KIND'], { cities: ['福州市'], tableRoles: ['THREE_PUBLIC'] });
    const kind = (k: string) => rows.find((r) => r.kind === k)?.total;
    same(kind('OVERSEAS_TRAVEL'), num(/因公出国（境）费用\t([\d.]+)/)!);
    same(kind('RECEPTION'), num(/公务接待费\t([\d.]+)/)!);
    same(kind('VEHICLE_RUNNING'), num(/公务用车运行费\t([\d.]+)/)!);
    same(rows.reduce((a, r) => a.plus(r.total), new Decimal(0)).toFixed(2), num(/\n合计\t([\d.]+)/)!);
  });

  it('filters by amount range exactly and lets every added fact be traced to its line', async () => {
    const amount = /\n2080116\t引进人才费用\t([\d.]+)/.exec(tableText(fuzhou, '2024 年度一般公共预算拨款支出预算表'))![1]!;
    const [row] = await aggregate([], { cities: ['福州市'], tableRoles: ['GENERAL_PUBLIC_EXPENDITURE'], minAmount: amount, maxAmount: amount });
    expect(row!.factCount).toBeGreaterThan(0);
    same(row!.total, new Decimal(amount).times(row!.factCount).toFixed(2));
    const res = await postQuery<{ provenance: { amount: string; rowLabel: string; startLine: number; raw: string; tableTitle: string; document: { city: string } }[] }>(
      server.url,
      'query ($keys: [String!]!) { provenance(keys: $keys) { amount rowLabel startLine raw tableTitle document { city } } }',
      { keys: row!.factKeys },
    );
    const traced = res.body.data!.provenance;
    expect(traced).toHaveLength(row!.factCount);
    for (const p of traced) {
      expect(p).toMatchObject({ amount, rowLabel: '引进人才费用', tableTitle: '2024 年度一般公共预算拨款支出预算表', document: { city: '福州市' } });
      expect(p.raw).toContain(amount);
      expect(fuzhou.split('\n')[p.startLine - 1]).toBe(p.raw);
    }
  });

  it('reads and sends fact keys only for a query that shows them, under any alias or fragment', async () => {
    const profiled = await testExecutor({ profile: true });
    const profiledServer = await startTestServer(profiled);
    try {
      const ask = async (fields: string) => {
        const before = profiled.dbHits;
        const res = await postQuery<{ budgetAggregate: Record<string, unknown>[] }>(profiledServer.url, `{ budgetAggregate(groupBy: [CITY, FUNCTIONAL_CLASS], where: { years: [2024] }) { ${fields} } }`);
        expect(res.body.errors).toBeUndefined();
        return { rows: res.body.data!.budgetAggregate, hits: profiled.dbHits - before };
      };
      const without = await ask('city functionalCode { code } total factCount');
      const withKeys = await ask('city functionalCode { code } total factCount ... on AggregateRow { keys: factKeys }');
      expect(withKeys.rows.map(({ keys: _, ...r }) => r)).toEqual(without.rows);
      for (const r of withKeys.rows) expect(r.keys).toHaveLength(r.factCount as number);
      // Listing the keys reads one property of every fact added; a query without them does not.
      const facts = without.rows.reduce((t, r) => t + (r.factCount as number), 0);
      expect(facts).toBeGreaterThan(10);
      expect(withKeys.hits - without.hits).toBeGreaterThanOrEqual(facts);
    } finally {
      await profiledServer.close();
      await profiled.close();
    }
  });

  it('answers one aggregation with one database round trip', async () => {
    const before = db.roundTrips;
    await aggregate(['CITY', 'FUNCTIONAL_CLASS', 'SPENDING_TYPE'], {});
    expect(db.roundTrips - before).toBe(1);
  });

  it('aggregates from index seeks, without a Cartesian product or a label scan, whatever it groups by and filters on', async () => {
    const everyFilter: AggregateFilter = {
      years: [2024], cities: ['福州市'], documentKinds: ['DEPARTMENT_BUDGET'], departments: ['x'], units: ['x'],
      functionalCodes: ['208'], economicCodes: ['301'], fundSources: ['x'], kinds: ['TOTAL'], spendingTypes: ['BASIC'],
      direction: 'EXPENDITURE', minAmount: '1', maxAmount: '100',
    };
    // Every dimension at once, but one code level per scheme (the API refuses more).
    const dimensions = Object.keys(AggregateDimension) as AggregateDimension[];
    for (const [filter, groupBy] of [[{}, []], [everyFilter, dimensions.filter((d) => !/_(SECTION|ITEM)$/.test(d))], ...dimensions.map((d) => [{}, [d]])] as [AggregateFilter, AggregateDimension[]][]) {
      const { params, ...statement } = buildAggregateStatement(filter, groupBy);
      const plan = await planOperators(db, statement, params);
      expect(plan.length, groupBy.join()).toBeGreaterThan(3);
      // Documents and codes are reached by index seeks and everything else by expanding from them:
      // an unconnected part would show as a CartesianProduct or as a label scan under an Apply.
      expect(plan.filter((op) => /^(CartesianProduct|NodeByLabelScan|AllNodesScan)\b/.test(op)), groupBy.join()).toEqual([]);
      expect(plan.some((op) => op.startsWith('NodeIndexSeek')), groupBy.join()).toBe(true);
    }
  });

  it('refuses to add several tables that print the same money, and a malformed amount, with BAD_USER_INPUT', async () => {
    const twice = await postQuery(server.url, AGG, { groupBy: ['CITY'], where: { tableRoles: ['GENERAL_PUBLIC_EXPENDITURE', 'EXPENDITURE_SUMMARY'] } });
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const grouped = await postQuery<{ budgetAggregate: Row[] }>(server.url, AGG, { groupBy: ['TABLE_ROLE'], where: { cities: ['福州市'], tableRoles: ['GENERAL_PUBLIC_EXPENDITURE', 'EXPENDITURE_SUMMARY'] } });
    expect(grouped.body.data?.budgetAggregate.map((r) => r.tableRole).sort()).toEqual(['EXPENDITURE_SUMMARY', 'GENERAL_PUBLIC_EXPENDITURE']);
    // A Decimal is digits with an optional sign and fraction: "12,5" is refused as a variable…
    const bad = await postQuery(server.url, AGG, { groupBy: [], where: { minAmount: '12,5' } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // …and as a literal: formatError reports a bad Decimal as BAD_USER_INPUT either way.
    const literal = await postQuery(server.url, '{ budgetAggregate(groupBy: [], where: { minAmount: "12,5" }) { total } }');
    expect(literal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.body.errors?.[0]?.message).toContain('Decimal');
  });
});
