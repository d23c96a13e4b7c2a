import { Decimal } from 'decimal.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import { listSavedQueries, savedQueriesDir } from '../src/export/saved-queries.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { queryData, startTestServer } from './helpers/api.js';
import { csvTable, duckdb, errorBody, fetchToFile, removeFetched } from './helpers/export-files.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

const FUZHOU_2024 = `cities=${encodeURIComponent('福州市')}&years=2024`;

describe('GET /export/queries/<name>: saved GraphQL queries as tables', () => {
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

  it('lists every .graphql file under docs/', async () => {
    const res = await fetch(`${server.url}/export/queries`);
    const list = (await res.json()) as { name: string; url: string }[];
    expect(list.map((q) => q.name)).toEqual([...listSavedQueries().keys()]);
    expect(list).toContainEqual({ name: 'spending-by-class', url: '/export/queries/spending-by-class' });
  });

  it('runs spending-by-class with variables from the query string; DuckDB reads it; it sums to budgetAggregate', async () => {
    const f = await fetchToFile(`${server.url}/export/queries/spending-by-class?${FUZHOU_2024}`, 'csv');
    expect(f.status).toBe(200);
    expect(f.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = await duck.rows(`SELECT * FROM ${csvTable(f.file)}`);
    expect(Object.keys(rows[0]!)).toEqual([
      'budgetAggregate.city',
      'budgetAggregate.year',
      'budgetAggregate.functionalCode.code',
      'budgetAggregate.functionalCode.name',
      'budgetAggregate.spendingType',
      'budgetAggregate.total',
      'budgetAggregate.factCount',
    ]);
    expect(new Set(rows.map((r) => r['budgetAggregate.city']))).toEqual(new Set(['福州市']));
    expect(rows.some((r) => r['budgetAggregate.functionalCode.name'] === '社会保障和就业支出')).toBe(true);
    const [sum] = await duck.rows(`SELECT sum(CAST("budgetAggregate.total" AS DECIMAL(38, 6)))::VARCHAR AS total FROM ${csvTable(f.file)}`);
    const api = await queryData<{ budgetAggregate: { total: string }[] }>(server.url, '{ budgetAggregate(groupBy: [], where: { cities: ["福州市"], years: [2024] }) { total } }');
    expect(new Decimal(String(sum!.total)).eq(api.budgetAggregate[0]!.total)).toBe(true);

    const json = await fetchToFile(`${server.url}/export/queries/spending-by-class?${FUZHOU_2024}&format=json`, 'json');
    const [j] = await duck.rows(`SELECT count(*)::INTEGER AS n, sum(CAST("budgetAggregate.total" AS DECIMAL(38, 6)))::VARCHAR AS total FROM read_json('${json.file}', format = 'array', columns = {"budgetAggregate.total": 'VARCHAR'})`);
    expect(j).toEqual({ n: rows.length, total: sum!.total });
  });

  it('a repeated list parameter and an enum variable work', async () => {
    const both = await fetchToFile(`${server.url}/export/queries/spending-by-class?cities=${encodeURIComponent('福州市')}&cities=${encodeURIComponent('厦门市')}&direction=EXPENDITURE&format=json`, 'json');
    expect(both.status).toBe(200);
    const rows = JSON.parse(both.bytes.toString('utf8')) as Record<string, unknown>[];
    expect(new Set(rows.map((r) => r['budgetAggregate.city']))).toEqual(new Set(['福州市', '厦门市']));
  });

  it('bad variables and unknown parameters are 400; an unknown query is 404', async () => {
    const badYear = await fetchToFile(`${server.url}/export/queries/spending-by-class?years=abc`, 'json');
    expect(badYear.status).toBe(400);
    expect(errorBody(badYear).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorBody(badYear).errors?.[0]?.message).toContain('years');
    const unknown = await fetchToFile(`${server.url}/export/queries/spending-by-class?colour=red`, 'json');
    expect(unknown.status).toBe(400);
    expect(errorBody(unknown).error).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'colour' });
    const badFormat = await fetchToFile(`${server.url}/export/queries/spending-by-class?format=xml`, 'json');
    expect(errorBody(badFormat).error?.parameter).toBe('format');
    const missing = await fetchToFile(`${server.url}/export/queries/no-such-query`, 'json');
    expect(missing.status).toBe(404);
    const traversal = await fetch(`${server.url}/export/queries/..%2Fanalytics`);
    expect(traversal.status).toBe(404);
  });

  it('takes default variables from <name>.json beside the query; query parameters override them', async () => {
    const byDefault = await fetch(`${server.url}/export/queries/spending-by-class?format=json`);
    const explicit = await fetch(`${server.url}/export/queries/spending-by-class?${FUZHOU_2024}&format=json`);
    expect(byDefault.status).toBe(200);
    expect(await byDefault.text()).toBe(await explicit.text());
    const xiamen = (await (await fetch(`${server.url}/export/queries/spending-by-class?cities=${encodeURIComponent('厦门市')}&format=json`)).json()) as Record<string, unknown>[];
    expect(new Set(xiamen.map((r) => r['budgetAggregate.city']))).toEqual(new Set(['厦门市']));
  });

  it('every saved query under docs/ whose required variables have defaults runs', async () => {
    for (const [name, file] of listSavedQueries()) {
      expect(path.relative(savedQueriesDir, file).startsWith('..')).toBe(false);
      const source = fs.readFileSync(file, 'utf8');
      const varsFile = file.replace(/\.graphql$/, '.json');
      const defaults = fs.existsSync(varsFile) ? (JSON.parse(fs.readFileSync(varsFile, 'utf8')) as Record<string, unknown>) : {};
      const required = [...source.matchAll(/\$(\w+)\s*:\s*[^,)=]*!\s*[,)]/g)].map((m) => m[1]!);
      if (required.some((v) => !(v in defaults))) continue; // needs a variable from the caller
      const res = await fetch(`${server.url}/export/queries/${name}?format=json`);
      expect(res.status, `${name}: ${res.status === 200 ? '' : await res.text()}`).toBe(200);
    }
  });
});
