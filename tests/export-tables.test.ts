import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import { columnNames } from '../src/export/export-columns.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { EXPORT_TABLES, streamExportRows } from '../src/graph/exports/export-rows.js';
import { queryData, startTestServer } from './helpers/api.js';
import { csvTable, duckdb, errorBody, fetchToFile, removeFetched } from './helpers/export-files.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph, plain, tableText } from './helpers/seed-graph.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const FUZHOU_2024 = `city=${encodeURIComponent('福州市')}&year=2024`;
/** What budgetAggregate adds by default (docs/analytics.md), as a filter on the facts export. */
const COUNTED = "is_additive = 'true' AND in_default_table = 'true' AND document_kind IN ('DEPARTMENT_BUDGET', 'FUND_BUDGET')";

describe('GET /export/<table> over the seed graph, read back by DuckDB', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  let duck: Awaited<ReturnType<typeof duckdb>>;
  const fuzhou = seedContaining('福州市人力资源和社会保障', '部门预算').text;

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

  const sumSql = (from: string, where: string) => `SELECT coalesce(sum(CAST(amount AS DECIMAL(38, 6))), 0)::VARCHAR AS total, count(*)::INTEGER AS n FROM ${from} WHERE ${where}`;

  it('facts CSV: BOM, documented header, Chinese intact, filtered to Fuzhou 2024', async () => {
    const f = await fetchToFile(`${server.url}/export/facts?${FUZHOU_2024}`, 'csv');
    expect(f.status).toBe(200);
    expect(f.contentType).toMatch(/^text\/csv; charset=utf-8/);
    expect(f.bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const header = f.bytes.subarray(3).toString('utf8').split('\r\n')[0];
    expect(header).toBe(columnNames('facts').join(','));
    const rows = await duck.rows(`SELECT DISTINCT city, year, is_subtotal FROM ${csvTable(f.file)}`);
    expect(rows).toEqual([{ city: '福州市', year: '2024', is_subtotal: 'false' }]);
    const titles = await duck.rows(`SELECT DISTINCT document_title FROM ${csvTable(f.file)}`);
    expect(titles.every((r) => String(r.document_title).includes('福州市'))).toBe(true);
  });

  it('facts CSV: the counted facts add up to budgetAggregate’s Fuzhou 2024 expenditure total', async () => {
    const f = await fetchToFile(`${server.url}/export/facts?${FUZHOU_2024}&direction=EXPENDITURE`, 'csv');
    const [csv] = await duck.rows(sumSql(csvTable(f.file), COUNTED));
    const data = await queryData<{ budgetAggregate: { total: string; factCount: number }[] }>(
      server.url,
      `{ budgetAggregate(groupBy: [], where: { cities: ["福州市"], years: [2024] }) { total factCount } }`,
    );
    const api = data.budgetAggregate[0]!;
    expect(new Decimal(String(csv!.total)).eq(api.total)).toBe(true);
    expect(csv!.n).toBe(api.factCount);
    expect(api.factCount).toBeGreaterThan(0);
  });

  it('facts CSV and JSON: the general-public-budget table adds up to the 合计 the document prints', async () => {
    const printed = /\n合计\t+([\d.,]+)/.exec(tableText(fuzhou, '2024 年度一般公共预算拨款支出预算表'))?.[1];
    const q = `${FUZHOU_2024}&tableRole=GENERAL_PUBLIC_EXPENDITURE&direction=EXPENDITURE`;
    const csvFile = await fetchToFile(`${server.url}/export/facts?${q}`, 'csv');
    const jsonFile = await fetchToFile(`${server.url}/export/facts?${q}&format=json`, 'json');
    expect(jsonFile.contentType).toMatch(/^application\/json/);
    const [csv] = await duck.rows(sumSql(csvTable(csvFile.file), "is_additive = 'true'"));
    const [json] = await duck.rows(sumSql(`read_json('${jsonFile.file}', format = 'array', columns = {amount: 'VARCHAR', is_additive: 'BOOLEAN', city: 'VARCHAR'})`, 'is_additive'));
    expect(new Decimal(String(csv!.total)).eq(plain(printed))).toBe(true);
    expect(json).toEqual(csv);
    const parsed = JSON.parse(jsonFile.bytes.toString('utf8')) as Record<string, unknown>[];
    expect(Object.keys(parsed[0]!)).toEqual(columnNames('facts'));
    expect(typeof parsed[0]!.amount).toBe('string'); // exact decimal, never a float
    expect(parsed[0]!.unit).toBe('万元');
  });

  it('filters filter: city, subject code prefix, subtotals', async () => {
    const all = await fetchToFile(`${server.url}/export/facts`, 'csv');
    const cities = (await duck.rows(`SELECT DISTINCT city FROM ${csvTable(all.file)} ORDER BY city`)).map((r) => r.city);
    expect(cities).toContain('厦门市');
    expect(cities).toContain('福州市');
    const c208 = await fetchToFile(`${server.url}/export/facts?subjectCode=208`, 'csv');
    const codes = await duck.rows(`SELECT DISTINCT functional_class_code AS c, functional_class_name AS n FROM ${csvTable(c208.file)}`);
    expect(codes).toEqual([{ c: '208', n: '社会保障和就业支出' }]);
    const withSub = await fetchToFile(`${server.url}/export/facts?${FUZHOU_2024}&includeSubtotals=true`, 'csv');
    const [sub] = await duck.rows(`SELECT count(*)::INTEGER AS n FROM ${csvTable(withSub.file)} WHERE is_subtotal = 'true'`);
    expect(sub!.n).toBeGreaterThan(0);
  });

  it('a bad parameter is a 400 naming it', async () => {
    for (const [query, parameter] of [
      ['year=abc', 'year'],
      ['tableRole=NOPE', 'tableRole'],
      ['format=xlsx', 'format'],
      ['colour=red', 'colour'],
      ['subjectCode=2O8', 'subjectCode'],
    ] as const) {
      const f = await fetchToFile(`${server.url}/export/facts?${query}`, 'json');
      expect(f.status, query).toBe(400);
      expect(errorBody(f).error).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(errorBody(f).error?.message).toContain(parameter);
    }
  });

  it('each statement returns exactly the documented columns', async () => {
    for (const table of EXPORT_TABLES) {
      const rows = streamExportRows(db, table, {});
      const first = await rows.next();
      await rows.return(undefined); // closes the session
      expect(first.done, table).toBe(false);
      expect(Object.keys(first.value!).sort(), table).toEqual([...columnNames(table)].sort());
    }
  });

  it('projects, indicators, transfers and validation issues: DuckDB reads CSV and JSON; counts match the API', async () => {
    const counts = await queryData<Record<string, { totalCount: number }>>(
      server.url,
      '{ projectBudgets { totalCount } indicators { totalCount } transferPayments { totalCount } validationIssues { totalCount } }',
    );
    const expected: Record<string, number> = {
      projects: counts.projectBudgets!.totalCount,
      indicators: counts.indicators!.totalCount,
      transfers: counts.transferPayments!.totalCount,
      'validation-issues': counts.validationIssues!.totalCount,
    };
    for (const [table, count] of Object.entries(expected)) {
      expect(count, table).toBeGreaterThan(0);
      const csv = await fetchToFile(`${server.url}/export/${table}`, 'csv');
      expect(csv.bytes.subarray(0, 3).equals(BOM), table).toBe(true);
      const [c] = await duck.rows(`SELECT count(*)::INTEGER AS n FROM ${csvTable(csv.file)}`);
      const json = await fetchToFile(`${server.url}/export/${table}?format=json`, 'json');
      const [j] = await duck.rows(`SELECT count(*)::INTEGER AS n FROM read_json('${json.file}', format = 'array')`);
      expect([c!.n, j!.n], table).toEqual([count, count]);
    }
    const fz = await fetchToFile(`${server.url}/export/projects?city=${encodeURIComponent('厦门市')}`, 'csv');
    const cities = await duck.rows(`SELECT DISTINCT city FROM ${csvTable(fz.file)}`);
    expect(cities.every((r) => r.city === '厦门市')).toBe(true);
  });
});
