// Scale data (bench/scale): clones of the seed documents per (city, department, year) load through
// the project's own stages, validate like their seeds, and add up to their stated totals.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../loaders/graph/write-document.js';
import type { ParsedDocument } from '../loaders/records/types.js';
import { validateDocument } from '../loaders/validate/validate-document.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { scaleDocuments, type ScaleDocument } from '../bench/scale/generate.js';
import { queryData, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';

const SCALE = { cities: 2, departments: 2, years: 2 };

/** The department's expenditure as its prose states it (相应安排支出预算 / 支出预算为 … 万元). */
const statedExpenditure = (d: ParsedDocument): string | null => d.statedFigures.find((s) => /支出预算/.test(s.subject))?.amount ?? null;

/** Rule and severity of every validation issue, sorted: what "validates the same" compares. */
const issueKinds = (d: ParsedDocument) => validateDocument(d).map((i) => `${i.rule}:${i.severity}`).sort();

describe('scale data', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const docs: ScaleDocument[] = [...scaleDocuments(SCALE)];

  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
    await setupSchema(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await wipe(db);
    await db?.close();
  });

  it('is deterministic and clones every seed family once per city, department and year', () => {
    const again = [...scaleDocuments(SCALE)];
    expect(again.map((d) => d.doc.document.contentHash)).toEqual(docs.map((d) => d.doc.document.contentHash));
    expect(new Set(docs.map((d) => d.doc.document.contentHash)).size).toBe(docs.length);
    const cities = new Set(docs.map((d) => d.doc.document.city));
    expect(cities.size).toBe(SCALE.cities);
  });

  it('validates every clone with the same rules and severities as its seed', () => {
    for (const d of docs) expect(issueKinds(d.doc)).toEqual(issueKinds(d.seed));
  });

  it('loads every clone, and the graph adds each department budget up to its stated expenditure × factor', async () => {
    const results = await writeDocuments(db, docs.map((d) => ({ doc: d.doc, issues: validateDocument(d.doc) })));
    expect(results.map((r) => r.status)).toEqual(docs.map(() => 'CREATED'));
    const budgets = docs.filter((d) => d.doc.document.kind === 'DEPARTMENT_BUDGET');
    // Expected: each seed's stated figure (its prose) times the clone's factor, summed per city.
    const expected = new Map<string, Decimal>();
    for (const d of budgets) {
      const stated = statedExpenditure(d.seed);
      expect(stated).not.toBeNull();
      const city = d.doc.document.city;
      expected.set(city, (expected.get(city) ?? new Decimal(0)).plus(new Decimal(stated!).times(d.factor)));
    }
    const data = await queryData<{ budgetAggregate: { city: string; total: string }[] }>(
      server.url,
      `query($cities: [String!]) { budgetAggregate(groupBy: [CITY], where: { cities: $cities, documentKinds: [DEPARTMENT_BUDGET], tableRoles: [EXPENDITURE_SUMMARY] }) { city total } }`,
      { cities: [...expected.keys()] },
    );
    const got = Object.fromEntries(data.budgetAggregate.map((r) => [r.city, new Decimal(r.total).toFixed(4)]));
    expect(got).toEqual(Object.fromEntries([...expected].map(([c, v]) => [c, v.toFixed(4)])));
  });

  it('loads the same clones again as UNCHANGED (the bulk path falls back to per-document writes)', async () => {
    const some = docs.slice(0, 3);
    const results = await writeDocuments(db, some.map((d) => ({ doc: d.doc, issues: validateDocument(d.doc) })));
    expect(results.map((r) => r.status)).toEqual(some.map(() => 'UNCHANGED'));
  });
});
