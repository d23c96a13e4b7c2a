import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import type { ParsedDocument } from '../loaders/records/types.js';
import { runCli } from './helpers/cli.js';

const fuzhou2024 = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'budget-graph-dry-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('budget-graph ingest --dry-run', () => {
  it('prints the parsed records as JSON and starts no Neo4j', async () => {
    // No NEO4J_URI: a real ingest would start a local Neo4j in NEO4J_LOCAL_HOME.
    const home = path.join(tmp, 'neo4j-home');
    const r = await runCli(['ingest', '--dry-run', path.join('data', 'documents', fuzhou2024.fileName)], { NEO4J_URI: undefined, NEO4J_LOCAL_HOME: home });
    expect(r.code).toBe(0);
    expect(existsSync(home)).toBe(false);
    const out = JSON.parse(r.stdout) as { records: ParsedDocument; summary: { ok: boolean; write: unknown } }[];
    expect(out).toHaveLength(1);
    const doc = out[0]!.records;
    // The title page reads "2024 年度 … 部门预算".
    expect(fuzhou2024.text.slice(0, 200)).toMatch(/2024 年度[\s\S]*部门预算/u);
    expect(doc.document).toMatchObject({ kind: 'DEPARTMENT_BUDGET', year: 2024, issuer: '福州市人力资源和社会保障局' });
    // The units table lists 15 units; the text states how many project goals were set (86).
    expect(doc.units).toHaveLength(15);
    expect(doc.projects).toHaveLength(Number(/共设置(\d+)个项目绩效目标/u.exec(fuzhou2024.text)?.[1]));
    expect(out[0]!.summary).toMatchObject({ ok: true, write: null });
    // The human summary goes to stderr, leaving stdout pure JSON.
    expect(r.stderr).toContain('PARSED (dry run)');
  });
});
