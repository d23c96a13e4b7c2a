import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { buildListQuery } from '../src/graph/query-builder/build-list-query.js';
import type { EntityName } from '../src/graph/query-builder/entities.js';
import { postQuery, queryData, startTestServer } from './helpers/api.js';
import { planOperators, testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

const XIAMEN_DOC = { documentSome: { city: { equals: '厦门市' }, kind: { equals: 'DEPARTMENT_BUDGET' } } };
const FUZHOU_DOC = { documentSome: { city: { equals: '福州市' }, kind: { equals: 'DEPARTMENT_BUDGET' } } };

describe('lists: filters, sorting and cursor pagination in one shape', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const count = async (entity: string, whereType: string, where: unknown) => {
    const data = await queryData<Record<string, { totalCount: number }>>(server.url, `query($w: ${whereType}) { list: ${entity}(where: $w, first: 0) { totalCount } }`, { w: where });
    return data.list!.totalCount;
  };
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

  it('walks every page of a list and meets each node once, totalCount of them', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const data: { projectBudgets: Page<{ key: string }> } = await queryData(
        server.url,
        'query($after: String) { projectBudgets(first: 7, after: $after, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } } }',
        { after },
      );
      const p = data.projectBudgets;
      total = p.totalCount;
      expect(p.pageInfo.hasPreviousPage).toBe(pages > 0);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      seen.push(...p.edges.map((e) => e.node.key));
      pages++;
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    // Fuzhou states 86 project goal tables, Xiamen 11 一级项目: every one is a project budget.
    const fuzhou = Number(/共设置\s*(\d+)\s*个项目绩效目标/.exec(seedContaining('福州市人力资源和社会保障', '部门预算').text)?.[1]);
    const xiamen = Number(/一级项目\s*(\d+)\s*个/.exec(seedContaining('厦门市人力资源和社会保障局').text)?.[1]);
    expect(total).toBe(fuzhou + xiamen);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
  });

  it('combines conditions with AND, OR and NOT consistently', async () => {
    const xiamen = Number(/一级项目\s*(\d+)\s*个/.exec(seedContaining('厦门市人力资源和社会保障局').text)?.[1]);
    const all = await count('projectBudgets', 'ProjectBudgetWhere', {});
    expect(await count('projectBudgets', 'ProjectBudgetWhere', XIAMEN_DOC)).toBe(xiamen);
    expect(await count('projectBudgets', 'ProjectBudgetWhere', { NOT: XIAMEN_DOC })).toBe(all - xiamen);
    expect(await count('projectBudgets', 'ProjectBudgetWhere', { OR: [XIAMEN_DOC, FUZHOU_DOC] })).toBe(all);
    expect(await count('projectBudgets', 'ProjectBudgetWhere', { AND: [XIAMEN_DOC, FUZHOU_DOC] })).toBe(0);
    // Xiamen's transfer-to-district projects: the OR of two conditions equals the sum of the disjoint parts.
    const transfer = await count('projectBudgets', 'ProjectBudgetWhere', { AND: [XIAMEN_DOC, { isTransfer: { equals: true } }] });
    const notTransfer = await count('projectBudgets', 'ProjectBudgetWhere', { AND: [XIAMEN_DOC, { NOT: { isTransfer: { equals: true } } }] });
    expect(transfer).toBeGreaterThan(0);
    expect(transfer + notTransfer).toBe(xiamen);
  });

  it('answers "projects with no transfer to a district" with a related-node None condition', async () => {
    const toDistricts = { recipientsSome: { level: { in: ['DISTRICT', 'DISTRICTS'] } } };
    const data = await queryData<{ none: Page<{ budgets: { recipients: { level: string }[] }[] }>; some: Page<{ budgets: { recipients: { level: string }[] }[] }>; all: { totalCount: number } }>(
      server.url,
      `query($to: ProjectBudgetWhere) {
        none: projects(first: 500, where: { budgetsNone: $to }) { totalCount edges { node { budgets { recipients { level } } } } }
        some: projects(first: 500, where: { budgetsSome: $to }) { totalCount edges { node { budgets { recipients { level } } } } }
        all: projects(first: 0) { totalCount } }`,
      { to: toDistricts },
    );
    const reachesDistrict = (n: { budgets: { recipients: { level: string }[] }[] }) => n.budgets.some((b) => b.recipients.some((r) => ['DISTRICT', 'DISTRICTS'].includes(r.level)));
    expect(data.some.totalCount).toBeGreaterThan(0);
    expect(data.none.totalCount).toBeGreaterThan(0);
    expect(data.none.totalCount + data.some.totalCount).toBe(data.all.totalCount);
    expect(data.none.edges.some((e) => reachesDistrict(e.node))).toBe(false);
    expect(data.some.edges.every((e) => reachesDistrict(e.node))).toBe(true);
  });

  it('compares and sorts money exactly, as decimals, not as text or floats', async () => {
    const equal = async (amount: string) =>
      (await queryData<{ transferPayments: { totalCount: number } }>(server.url, 'query($a: Decimal) { transferPayments(where: { amount: { equals: $a } }) { totalCount } }', { a: amount })).transferPayments.totalCount;
    // The Xiamen transfer table prints 17,513.00 (新引进人才生活补贴).
    expect(seedContaining('厦门市人力资源和社会保障局').text).toMatch(/新引进人才生活补贴 17,513\.00/);
    expect(await equal('17513')).toBe(1);
    expect(await equal('17513.000000')).toBe(1);
    expect(await equal('17513.000001')).toBe(0);
    const range = await queryData<{ above: { totalCount: number }; atLeast: { totalCount: number } }>(
      server.url,
      '{ above: transferPayments(where: { amount: { gt: "17513.00" } }) { totalCount } atLeast: transferPayments(where: { amount: { gte: "17512.99" } }) { totalCount } }',
    );
    expect(range.above.totalCount).toBe(0);
    expect(range.atLeast.totalCount).toBe(1);

    const sorted = await queryData<{ projectBudgets: Page<{ totalFunds: string }> }>(server.url, '{ projectBudgets(first: 500, orderBy: [{ field: TOTAL_FUNDS, direction: DESC }]) { edges { node { totalFunds } } } }');
    const amounts = sorted.projectBudgets.edges.map((e) => e.node.totalFunds).filter((a) => a !== null);
    const byValue = [...amounts].sort((a, b) => new Decimal(b).comparedTo(new Decimal(a)));
    expect(amounts).toEqual(byValue);
    expect([...amounts].sort().reverse()).not.toEqual(byValue); // text order would differ: the test can fail
  });

  it('filters by name on any list (StringFilter contains / startsWith / in)', async () => {
    const data = await queryData<{ codes: Page<{ code: string; name: string }>; units: Page<{ name: string }> }>(
      server.url,
      `{ codes: subjectCodes(first: 500, where: { scheme: { equals: "FUNCTIONAL" }, code: { startsWith: "20801" } }, orderBy: [{ field: CODE }]) { edges { node { code name } } }
         units: units(where: { name: { contains: "人才" } }) { edges { node { name } } } }`,
    );
    const codes = data.codes.edges.map((e) => e.node.code);
    expect(codes).toContain('2080116');
    expect(codes.every((c) => c.startsWith('20801'))).toBe(true);
    expect(codes).toEqual([...codes].sort());
    // The Xiamen transfer table's payer 厦门市人才服务中心 is a unit.
    expect(data.units.edges.map((e) => e.node.name)).toContain('厦门市人才服务中心');
  });

  it('finds names and titles containing a text through a text index, not by reading every node of the label', async () => {
    const searched: [EntityName, string][] = [
      ['Government', 'name'], ['Department', 'name'], ['Unit', 'name'], ['Project', 'name'], ['ProjectBudget', 'name'],
      ['SubjectCode', 'name'], ['Indicator', 'name'], ['PlanIndicator', 'name'], ['Document', 'title'],
    ];
    for (const [entity, field] of searched) {
      const { statement, params } = buildListQuery(entity, { where: { [field]: { contains: '人才' } }, skip: 0, take: 10 });
      const plan = await planOperators(db, statement, params);
      expect(plan.join('\n'), entity).toMatch(new RegExp(`NodeIndexContainsScan TEXT INDEX n:${entity}\\(${field}\\)`));
      expect(plan.join('\n'), entity).not.toMatch(/NodeByLabelScan/);
    }
  });

  describe('rejects bad arguments with BAD_USER_INPUT naming the argument', () => {
    const bad = async (query: string, variables?: Record<string, unknown>) => {
      const { body } = await postQuery(server.url, query, variables);
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors![0]!.message;
    };
    it('a page size over the cap or below zero', async () => {
      expect(await bad('{ projects(first: 501) { totalCount } }')).toMatch(/first.*500/);
      expect(await bad('{ projects(first: -1) { totalCount } }')).toMatch(/first/);
    });
    it('a cursor the API did not issue', async () => {
      expect(await bad('{ projects(after: "not-a-cursor") { totalCount } }')).toMatch(/after/);
    });
    it('a malformed decimal, as a literal or a variable, and one finer than filters compare', async () => {
      expect(await bad('{ transferPayments(where: { amount: { gt: "12,5" } }) { totalCount } }')).toMatch(/Decimal/);
      expect(await bad('query($a: Decimal) { transferPayments(where: { amount: { gt: $a } }) { totalCount } }', { a: '1e5' })).toMatch(/Decimal/);
      expect(await bad('query($a: Decimal) { transferPayments(where: { amount: { gt: $a } }) { totalCount } }', { a: 17513.5 })).toMatch(/Decimal/);
      expect(await bad('{ transferPayments(where: { amount: { gt: "1.0000001" } }) { totalCount } }')).toMatch(/where\.amount\.gt.*decimal places/);
    });
    it('a subject code lookup with neither key nor scheme and code', async () => {
      expect(await bad('{ subjectCode(code: "2080116") { name } }')).toMatch(/scheme/);
    });
  });
});
