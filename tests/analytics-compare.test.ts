import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { ingestBytes } from './helpers/ingest.js';
import { loadSeedGraph, plain } from './helpers/seed-graph.js';

interface Comparison {
  points: { subjectKey: string; series: string; year: number; city: string; amount: string | null; documentKey: string }[];
  changes: { series: string; fromYear: number; toYear: number; from: string; to: string; absolute: string | null; percent: string | null }[];
}

const COMPARISON = 'points { subjectKey series year city amount documentKey } changes { series fromYear toYear from to absolute percent }';

/** (to − from) / from × 100, half-up to 2 decimals, as the API promises. */
const percent = (from: string, to: string) => new Decimal(to).minus(from).dividedBy(from).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('comparisons across years and documents', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const xiamen = seedContaining('厦门市人力资源和社会保障局').text;
  // The 一般公共预算支出情况表 row of 2080116 as printed in 2024: "2080116 引进人才费用 合计 项目支出".
  const ROW_2024 = /\n2080116 引进人才费用 ([\d,]+\.\d{2}) ([\d,]+\.\d{2})\n/;
  const printed2024 = ROW_2024.exec(xiamen)!;
  // A next-year edition of the Xiamen budget: the same text for 2025 with 2080116's appropriation
  // raised by 1,000.00 万元 in that table (a second document of the same department and family).
  const raised = new Decimal(plain(printed2024[1])).plus(1000).toFixed(2);
  const fmt = (d: string) => Number(d).toLocaleString('en-US', { minimumFractionDigits: 2 });
  // The 人才扶持 project's indicator row "享受新引进人才生活补贴人数 大于等于 N 人" (the first one after
  // that project's title): N raised by a quarter in 2025.
  const PROJECT_TITLE = '项目名称 人才扶持 实施期限';
  const INDICATOR = /\n享受新引进人才生活补贴人数 大于等于 (\d+) 人\n/;
  const at = xiamen.indexOf(PROJECT_TITLE);
  const target2024 = INDICATOR.exec(xiamen.slice(at))![1]!;
  const target2025 = new Decimal(target2024).times(1.25).toFixed(0);
  const edit = (text: string) => text.replace(ROW_2024, `\n2080116 引进人才费用 ${fmt(raised)} ${fmt(raised)}\n`);
  const xiamen2025 = (edit(xiamen.slice(0, at)) + xiamen.slice(at).replace(INDICATOR, `\n享受新引进人才生活补贴人数 大于等于 ${target2025} 人\n`)).replace(/2024/g, '2025');

  async function query<T>(q: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await postQuery<T>(server.url, q, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!;
  }

  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    expect((await ingestBytes(db, new TextEncoder().encode(xiamen2025), 'xiamen-2025.txt')).status).toBe('CREATED');
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await wipe(db);
    await db.close();
  });

  it('compares a subject code across two years with the exact change and percentage', async () => {
    const { compareSubjectCode: c } = await query<{ compareSubjectCode: Comparison }>(
      `{ compareSubjectCode(code: "2080116", cities: ["厦门市"], tableRole: GENERAL_PUBLIC_EXPENDITURE) { ${COMPARISON} } }`,
    );
    expect(c.points.map((p) => [p.year, p.amount])).toEqual([
      [2024, plain(printed2024[1])],
      [2025, raised],
    ]);
    expect(c.changes).toEqual([
      { series: 'TOTAL', fromYear: 2024, toYear: 2025, from: plain(printed2024[1]), to: raised, absolute: '1000.00', percent: percent(plain(printed2024[1]), raised) },
    ]);
  });

  it('carries the change up the hierarchy: 208 moves by the same amount', async () => {
    const { compareSubjectCode: c } = await query<{ compareSubjectCode: Comparison }>(
      `{ compareSubjectCode(code: "208", cities: ["厦门市"], tableRole: GENERAL_PUBLIC_EXPENDITURE) { ${COMPARISON} } }`,
    );
    // The 208 row of the 2024 一般公共预算支出情况表 as printed.
    const printed208 = plain(/\n一般公共预算支出情况表[\s\S]*?\n208 社会保障和就业支出 ([\d,]+\.\d{2})/.exec(xiamen)?.[1]);
    expect(c.points[0]?.amount).toBe(printed208);
    expect(c.changes[0]?.absolute).toBe('1000.00');
  });

  it('compares a project budgeted in both years, fund by fund, as printed', async () => {
    // The 人才扶持 goal table: "预算资金 X 万元 其中：财政拨款数 Y 万元".
    const table = xiamen.slice(xiamen.indexOf('项目名称 人才扶持 实施期限'));
    const [, total, fiscal] = /预算资金 ([\d,.]+) 万元 其中：财政拨款数 ([\d,.]+) 万元/.exec(table)!;
    const { compareProject: c } = await query<{ compareProject: Comparison }>(`{ compareProject(project: "人才扶持") { ${COMPARISON} } }`);
    const series = (name: string) => c.points.filter((p) => p.series === name).map((p) => [p.year, p.amount]);
    expect(series('TOTAL_FUNDS')).toEqual([
      [2024, plain(total)],
      [2025, plain(total)],
    ]);
    expect(series('FISCAL_FUNDS')).toEqual([
      [2024, plain(fiscal)],
      [2025, plain(fiscal)],
    ]);
    expect(c.changes.find((x) => x.series === 'TOTAL_FUNDS')).toMatchObject({ absolute: '0.00', percent: '0.00' });
  });

  it("compares a project's indicator target across years", async () => {
    const { compareIndicator: c } = await query<{ compareIndicator: Comparison }>(`{ compareIndicator(name: "享受新引进人才生活补贴人数", project: "人才扶持") { ${COMPARISON} } }`);
    expect(c.points.map((p) => [p.year, p.amount])).toEqual([
      [2024, target2024],
      [2025, target2025],
    ]);
    expect(c.changes[0]).toMatchObject({ absolute: new Decimal(target2025).minus(target2024).toFixed(2), percent: '25.00' });
  });

  it("compares a unit's money across years as its row in the revenue table prints it", async () => {
    // 部门收入预算总体情况表: the unit's name wraps ("厦门市人才服务中" / "心"), then 合计 ….
    const table = xiamen.slice(xiamen.indexOf('\n部门收入预算总体情况表'));
    const printed = plain(/厦门市人才服务中\s*心[\s\S]*?\n([\d,]+\.\d{2}) /.exec(table)?.[1]);
    const { compareUnit: c } = await query<{ compareUnit: Comparison }>(`{ compareUnit(unit: "厦门市人才服务中心", direction: REVENUE) { ${COMPARISON} } }`);
    expect(c.points.filter((p) => p.series === 'REVENUE').map((p) => [p.year, p.amount])).toEqual([
      [2024, printed],
      [2025, printed],
    ]);
    expect(c.changes.find((x) => x.series === 'REVENUE')).toMatchObject({ absolute: '0.00', percent: '0.00' });
  });

  it('reproduces the fund budget\'s stated change (338258 万元, +4848, 1.45%) from its own figures', async () => {
    const fund = seedContaining('社保基金预算').text;
    const m = /基金预算收入(\d+)万元,比上年增加(\d+)万元,增长([\d.]+)%/.exec(fund)!;
    const [, amount, delta, pct] = m;
    const { statedChanges } = await query<{ statedChanges: { amount: string; change: string; statedPercent: string; previousAmount: string; recomputedPercent: string; percentAgrees: boolean; raw: string }[] }>(
      '{ statedChanges(city: "福州市", year: 2026) { amount change statedPercent previousAmount recomputedPercent percentAgrees raw } }',
    );
    const s = statedChanges.find((x) => x.amount === amount)!;
    expect(s).toMatchObject({ change: delta, statedPercent: pct, percentAgrees: true });
    expect(s.previousAmount).toBe(new Decimal(amount!).minus(delta!).toFixed(2));
    expect(s.recomputedPercent).toBe(pct);
    expect(s.raw).toContain(m[0]);
  });

  it('refuses a code that is no 类/款/项 with BAD_USER_INPUT', async () => {
    const res = await postQuery(server.url, '{ compareSubjectCode(code: "2080") { points { year } } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
