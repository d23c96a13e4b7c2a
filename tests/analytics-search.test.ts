import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

interface Hit {
  label: string;
  key: string;
  name: string;
  score: number;
  documents: { key: string; city: string; year: number }[];
}

const SEARCH = 'query ($text: String!, $labels: [SearchLabel!], $first: Int) { search(text: $text, labels: $labels, first: $first) { label key name score documents { key city year } } }';

describe('search, validation issues and provenance over the seed graph', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  const fuzhou = seedContaining('福州市人力资源和社会保障', '部门预算').text;

  async function search(text: string, labels?: string[], first = 50): Promise<Hit[]> {
    const res = await postQuery<{ search: Hit[] }>(server.url, SEARCH, { text, labels, first });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.search;
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

  it('finds 人才 in projects and units of both cities, best first, each with its documents', async () => {
    const before = db.roundTrips;
    const hits = await search('人才', ['Project', 'Unit'], 100);
    expect(db.roundTrips - before).toBe(1); // hits with their documents in one statement
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((h) => h.name.includes('人才'))).toBe(true);
    expect(new Set(hits.map((h) => h.label))).toEqual(new Set(['Project', 'Unit']));
    const cities = new Set(hits.flatMap((h) => h.documents.map((d) => d.city)));
    expect(cities).toEqual(new Set(['福州市', '厦门市']));
    // The Xiamen unit 厦门市人才服务中心 (listed in its units table) and a project of each city.
    expect(hits).toContainEqual(expect.objectContaining({ label: 'Unit', name: '厦门市人才服务中心' }));
    expect(hits.some((h) => h.label === 'Project' && h.documents.some((d) => d.city === '福州市'))).toBe(true);
    expect(hits.some((h) => h.label === 'Project' && h.documents.some((d) => d.city === '厦门市'))).toBe(true);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds 社保卡 across labels, the closest name first', async () => {
    const hits = await search('社保卡');
    expect(hits[0]?.name).toContain('社保卡');
    // 社保卡新增制卡量 is an indicator of the Fuzhou 2024 budget (its goal tables).
    expect(fuzhou).toContain('社保卡新增制卡量');
    expect(hits).toContainEqual(expect.objectContaining({ label: 'Indicator', name: '社保卡新增制卡量' }));
  });

  it('matches Lucene syntax in the text literally instead of failing', async () => {
    const plainHits = await search('人才', ['Project'], 20);
    for (const text of ['人才+', '人才"(', '人才 AND', '人才~*?']) {
      const hits = await search(text, ['Project'], 20);
      expect(hits.map((h) => h.key)).toEqual(plainHits.map((h) => h.key));
    }
  });

  it('answers a one-character query by CONTAINS', async () => {
    const hits = await search('卡', undefined, 100);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.name.includes('卡'))).toBe(true);
    // The Fuzhou project 社会保障卡发放业务费 has a goal table of its own.
    expect(fuzhou).toContain('社会保障卡发放业务费项目绩效目标表');
    expect(hits).toContainEqual(expect.objectContaining({ label: 'Project', name: '社会保障卡发放业务费' }));
    expect(await search('  ')).toEqual([]);
  });

  it('reports the 800 万元 disagreement on the general-appropriation revenue, with both figures, lines and raw text', async () => {
    // 收支预算总表 and 财政拨款收支预算总表 print different 一般公共预算拨款收入 totals.
    const summary = /2024 年度收支预算总表[\s\S]*?一、一般公共预算拨款收入\t([\d.]+)/.exec(fuzhou)![1]!;
    const fiscal = /2024 年度财政拨款收支预算总表[\s\S]*?一、一般公共预算拨款收入\t([\d.]+)/.exec(fuzhou)![1]!;
    expect(new Decimal(fiscal).minus(summary).abs().toFixed(2)).toBe('800.00');
    const before = db.roundTrips;
    const res = await postQuery<{
      validationReport: { rule: string; severity: string; expected: string; actual: string; difference: string; startLine: number; endLine: number; document: { city: string; year: number }; facts: { amount: string; tableTitle: string; rowLabel: string; startLine: number; raw: string }[] }[];
    }>(
      server.url,
      '{ validationReport(city: "福州市", year: 2024, rule: "CROSS_TABLE_TOTAL", severity: ERROR) { rule severity expected actual difference startLine endLine document { city year } facts { amount tableTitle rowLabel startLine raw } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(db.roundTrips - before).toBe(1); // issues with their facts in one statement: no N+1
    const issue = res.body.data!.validationReport.find((i) => i.facts.length === 2 && i.facts.every((f) => f.rowLabel === '一、一般公共预算拨款收入'));
    expect(issue).toBeDefined();
    expect(new Set([issue!.expected, issue!.actual])).toEqual(new Set([summary, fiscal]));
    expect(new Decimal(issue!.difference).abs().toFixed(2)).toBe('800.00');
    expect(issue!.document).toEqual({ city: '福州市', year: 2024 });
    const lines = fuzhou.split('\n');
    for (const f of issue!.facts) {
      expect([summary, fiscal]).toContain(f.amount);
      expect(lines[f.startLine - 1]).toBe(f.raw);
      expect(f.raw).toContain(f.amount);
      expect(issue!.startLine).toBeLessThanOrEqual(f.startLine);
      expect(issue!.endLine).toBeGreaterThanOrEqual(f.startLine);
    }
    expect(new Set(issue!.facts.map((f) => f.tableTitle))).toEqual(new Set(['2024 年度收支预算总表', '2024 年度财政拨款收支预算总表']));
  });

  it('pages validation issues and filters them by stage', async () => {
    const q = 'query ($first: Int, $offset: Int) { validationReport(stage: PARSE, first: $first, offset: $offset) { key stage } }';
    const all = await postQuery<{ validationReport: { key: string; stage: string }[] }>(server.url, q, { first: 500, offset: 0 });
    const issues = all.body.data!.validationReport;
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.every((i) => i.stage === 'PARSE')).toBe(true);
    const second = await postQuery<{ validationReport: { key: string }[] }>(server.url, q, { first: 1, offset: 1 });
    expect(second.body.data!.validationReport.map((i) => i.key)).toEqual([issues[1]!.key]);
    const bad = await postQuery(server.url, q, { first: 0, offset: 0 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
