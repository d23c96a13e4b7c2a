import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { DocumentSummary } from '../loaders/ingest/ingest-types.js';
import { seedContaining } from '../loaders/seed-fixtures.js';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { graphCounts } from '../src/graph/queries/status.js';
import { runCli } from './helpers/cli.js';
import { graphFingerprint } from './helpers/ingest.js';
import { testExecutor, wipe } from './helpers/graph.js';

const fund2026 = seedContaining('社会保险基金预算区域绩效目标表');
const fuzhou2024 = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'budget-graph-ingest-'));
const onTestGraph = () => ({ NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: process.env.BUDGET_GRAPH_TEST_NEO4J_PASSWORD ?? '' });

/** The Fuzhou 2024 budget cut inside its 支出预算总表 (a real document, truncated). */
function truncatedBudget(): string {
  const lines = fuzhou2024.text.split('\n');
  const cut = lines.findIndex((l) => l.startsWith('2080116\t引进人才费用\t19776.80\t\t19776.80'));
  expect(cut).toBeGreaterThan(0);
  const file = path.join(tmp, 'fuzhou-2024-truncated.txt');
  writeFileSync(file, lines.slice(0, cut + 1).join('\n'));
  return file;
}

describe('budget-graph ingest', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
  });
  beforeEach(async () => {
    await wipe(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('exits 1 naming a garbage file and leaves the graph exactly as it was', async () => {
    await db.write(cypher('testing/create-document'), { key: 'doc-before', title: '2024年度部门预算' });
    const before = await graphCounts(db);
    const fingerprint = await graphFingerprint(db);
    const png = path.join(tmp, 'scan.png');
    // A PNG signature and the start of its IHDR chunk: binary, not text.
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await runCli(['ingest', png], onTestGraph());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^budget-graph: 1 of 1 files was not ingested: scan\.png line \d+: expected UTF-8 text/mu);
    expect(r.stdout).toContain('FAILED at parse');
    // Chinese prose that is no budget document, together with the PNG: both named, exit 1.
    const prose = path.join(tmp, 'notes.txt');
    writeFileSync(prose, '今天天气很好，我们去公园散步。\n公园里有很多人在跳舞。\n');
    const both = await runCli(['ingest', png, prose], onTestGraph());
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(`budget-graph: 2 of 2 files were not ingested: ${png}, ${prose}`);
    expect(both.stdout).toMatch(/notes\.txt line 1: expected a budget or plan document/u);
    expect(await graphCounts(db)).toEqual(before);
    expect(await graphFingerprint(db)).toEqual(fingerprint);
  });

  it('loads the good document of two and reports the broken one', async () => {
    const before = await graphCounts(db);
    const broken = truncatedBudget();
    const good = path.join('data', 'documents', fund2026.fileName);
    const r = await runCli(['ingest', '--json', broken, good], onTestGraph());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fuzhou-2024-truncated.txt line');
    const [bad, ok] = JSON.parse(r.stdout) as DocumentSummary[];
    expect(bad).toMatchObject({ file: broken, ok: false, failedStage: 'parse', write: null });
    expect(bad?.error).toMatch(/^fuzhou-2024-truncated\.txt line \d+: expected .*found end of document/u);
    // The fund budget's title page says 2026 年度 … 社保基金预算.
    expect(ok).toMatchObject({ file: good, ok: true, document: { kind: 'FUND_BUDGET', year: 2026 }, write: { status: 'CREATED' } });
    const after = await graphCounts(db);
    expect(after.documents).toBe(before.documents + 1);
    expect(after.nodes).toBeGreaterThan(before.nodes);
  });

  it('prints a summary table per document and, for the same bytes again, UNCHANGED without touching the graph', async () => {
    const good = path.join('data', 'documents', fund2026.fileName);
    const first = await runCli(['ingest', good], onTestGraph());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^status\s+CREATED$/mu);
    expect(first.stdout).toMatch(/^document\s+FUND_BUDGET 2026 福州市人力资源和社会保障局$/mu);
    const counts = await graphCounts(db);
    const fingerprint = await graphFingerprint(db);
    const second = await runCli(['ingest', good], onTestGraph());
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^status\s+UNCHANGED$/mu);
    expect(await graphCounts(db)).toEqual(counts);
    expect(await graphFingerprint(db)).toEqual(fingerprint);
  });
});
