import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import { runCli } from './helpers/cli.js';

const fuzhou2024 = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
const seedPath = path.join('data', 'documents', fuzhou2024.fileName);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'budget-graph-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('budget-graph validate', () => {
  it("prints the document's own discrepancies with rule, severity, expected, actual, difference and lines, and exits 0", async () => {
    // The two summary tables of this document state 一般公共预算拨款收入 as 194077.56 and
    // 194877.56 万元: 800 万元 apart. validate must show that, not hide it.
    expect(fuzhou2024.text).toContain('194077.56');
    expect(fuzhou2024.text).toContain('194877.56');
    const r = await runCli(['validate', seedPath]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${seedPath}: DEPARTMENT_BUDGET 2024 福州市人力资源和社会保障局`);
    expect(lines.find((l) => l.startsWith('rule'))?.split(/\s+/).slice(0, 7)).toEqual(['rule', 'severity', 'expected', 'actual', 'difference', 'lines', 'message']);
    const row = lines.find((l) => /^CROSS_TABLE_TOTAL\s+ERROR\s+194077\.56\s+194877\.56\s+800\.00\s+\d+-\d+\s+\S/.test(l));
    expect(row).toBeDefined();
  });

  it('prints the issues as JSON with --json', async () => {
    const r = await runCli(['validate', '--json', seedPath]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { document: { kind: string; year: number }; validationIssues: { rule: string; difference: string | null }[] };
    expect(out.document).toMatchObject({ kind: 'DEPARTMENT_BUDGET', year: 2024 });
    expect(out.validationIssues.some((i) => i.rule === 'CROSS_TABLE_TOTAL' && i.difference === '800.00')).toBe(true);
  });

  it('exits 1 naming the file and line when the file is not a budget document', async () => {
    const poem = path.join(tmp, 'poem.txt');
    writeFileSync(poem, '春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少\n');
    const r = await runCli(['validate', poem]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^budget-graph: poem\.txt line 1: expected a budget or plan document/mu);
  });
});
