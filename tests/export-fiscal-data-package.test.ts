import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { queryData, startTestServer } from './helpers/api.js';
import { csvTable, duckdb, fetchToFile, removeFetched } from './helpers/export-files.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

interface Field {
  name: string;
  type: string;
  columnType?: string;
  currency?: string;
  decimalChar?: string;
  bareNumber?: boolean;
}
interface Attribute {
  source: string;
  labelfor?: string;
  parent?: string;
}
interface Descriptor {
  profile: string;
  name: string;
  title: string;
  resources: { name: string; path: string; profile: string; schema: { fields: Field[]; primaryKey: string[] } }[];
  model: {
    measures: Record<string, { source: string; currency: string; factor?: number }>;
    dimensions: Record<string, { dimensionType: string; attributes: Record<string, Attribute>; primaryKey: string[] }>;
  };
}

/**
 * The column types of OpenSpending's fiscal types (os-types) this export may use: generic
 * classifications (Chinese subject codes are not COFOG or GFSM), fiscal year, direction, phase,
 * budget line id and value.
 */
const COLUMN_TYPE =
  /^(value|date:fiscal-year|direction|phase|budget-line-id|(administrative|functional|economic)-classification:generic:level[1-4]:(code:full|code:part|label|description))$/;

describe('GET /export/fiscal-data-package: a Fiscal Data Package of the approved budgets', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  let duck: Awaited<ReturnType<typeof duckdb>>;

  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    server = await startTestServer(db);
    duck = await duckdb();
  });
  afterAll(async () => {
    duck.close();
    removeFetched();
    await server.close();
    await wipe(db);
    await db.close();
  });

  it('datapackage.json has what the specification requires', async () => {
    const res = await fetch(`${server.url}/export/fiscal-data-package/datapackage.json`);
    expect(res.status).toBe(200);
    const dp = (await res.json()) as Descriptor;
    expect(await (await fetch(`${server.url}/export/fiscal-data-package`)).json()).toEqual(dp);
    // Package: profile, a name of lower-case letters, digits and . _ - /, a title, resources.
    expect(dp.profile).toBe('fiscal-data-package');
    expect(dp.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(dp.title.length).toBeGreaterThan(0);
    expect(dp.resources.length).toBeGreaterThan(0);
    for (const r of dp.resources) {
      expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
      expect(r.path).toBe('budget.csv');
      expect(r.profile).toBe('tabular-data-resource');
      // Every field carries a fiscal column type; no COFOG or GFSM type for Chinese codes.
      for (const f of r.schema.fields) expect(f.columnType, f.name).toMatch(COLUMN_TYPE);
      const values = r.schema.fields.filter((f) => f.columnType === 'value');
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(v).toMatchObject({ type: 'number', currency: 'CNY', decimalChar: '.', bareNumber: true });
      expect(r.schema.fields.filter((f) => f.columnType === 'date:fiscal-year')).toHaveLength(1);
      expect(r.schema.fields.some((f) => f.columnType === 'direction')).toBe(true);
      expect(r.schema.fields.some((f) => f.columnType === 'phase')).toBe(true);
      expect(r.schema.primaryKey.every((k) => r.schema.fields.some((f) => f.name === k))).toBe(true);
    }
    // Model: every measure and dimension attribute is a field of the resource; measures are values
    // with a currency; labels and parents point at attributes of their dimension.
    const fields = new Map(dp.resources[0]!.schema.fields.map((f) => [f.name, f]));
    expect(Object.keys(dp.model.measures).length).toBeGreaterThan(0);
    for (const m of Object.values(dp.model.measures)) {
      expect(fields.get(m.source)?.columnType).toBe('value');
      expect(m.currency).toBe('CNY');
    }
    const modelled = new Set(Object.values(dp.model.measures).map((m) => m.source));
    for (const [name, d] of Object.entries(dp.model.dimensions)) {
      expect(d.dimensionType, name).toMatch(/^(datetime|classification|entity|activity|location|fact|other)$/);
      expect(d.primaryKey.every((k) => k in d.attributes), name).toBe(true);
      for (const a of Object.values(d.attributes)) {
        expect(fields.has(a.source), a.source).toBe(true);
        if (a.labelfor) expect(d.attributes[a.labelfor], a.source).toBeDefined();
        if (a.parent) expect(d.attributes[a.parent], a.source).toBeDefined();
        modelled.add(a.source);
      }
    }
    expect([...fields.keys()].filter((f) => !modelled.has(f))).toEqual([]);
  });

  it('budget.csv: DuckDB reads it; CNY amounts equal budgetAggregate × 10000 per city, year and direction', async () => {
    const f = await fetchToFile(`${server.url}/export/fiscal-data-package/budget.csv`, 'csv');
    expect(f.status).toBe(200);
    const dp = (await (await fetch(`${server.url}/export/fiscal-data-package/datapackage.json`)).json()) as Descriptor;
    const rows = await duck.rows(`SELECT * FROM ${csvTable(f.file)} LIMIT 1`);
    expect(Object.keys(rows[0]!)).toEqual(dp.resources[0]!.schema.fields.map((x) => x.name));
    const sums = await duck.rows(
      `SELECT admin_level1_code AS city, CAST(fiscal_year AS INTEGER) AS year, direction, phase, sum(CAST(amount AS DECIMAL(38, 2)))::VARCHAR AS total
       FROM ${csvTable(f.file)} GROUP BY ALL ORDER BY ALL`,
    );
    expect(sums.length).toBeGreaterThan(1);
    expect(new Set(sums.map((s) => s.phase))).toEqual(new Set(['approved']));
    const api = await queryData<{ budgetAggregate: { city: string; year: number; direction: string; total: string }[] }>(
      server.url,
      '{ budgetAggregate(groupBy: [CITY, YEAR, DIRECTION]) { city year direction total } }',
    );
    const expected = api.budgetAggregate.map((r) => ({ city: r.city, year: r.year, direction: r.direction.toLowerCase(), total: new Decimal(r.total).times(10000).toFixed(2) }));
    const got = sums.map((s) => ({ city: s.city, year: s.year, direction: s.direction, total: new Decimal(String(s.total)).toFixed(2) }));
    expect(got).toEqual(expect.arrayContaining(expected));
    expect(got).toHaveLength(expected.length);
    const fuzhou = got.find((g) => g.city === '福州市' && g.year === 2024 && g.direction === 'expenditure');
    expect(fuzhou).toBeDefined();
  });
});
