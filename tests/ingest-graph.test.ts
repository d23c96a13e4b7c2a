import fs from 'node:fs';
import path from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toRows } from '../loaders/graph/to-rows.js';
import { writeDocument } from '../loaders/graph/write-document.js';
import { parseDocument } from '../loaders/parse-document.js';
import { seedContaining, seeds } from '../loaders/seed-fixtures.js';
import { validateDocument } from '../loaders/validate/validate-document.js';
import { cypherDir } from '../src/config/paths.js';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { planOperators, testExecutor, wipe } from './helpers/graph.js';
import { graphFingerprint, ingestBytes } from './helpers/ingest.js';

const FUZHOU = '福州市';
const XIAMEN = '厦门市';

/** Each seed's rows as the loader prepares them for Neo4j (to-rows.ts): what the graph must hold. Parsed once. */
let parsedSeeds: { fileName: string; rows: ReturnType<typeof toRows> }[] | undefined;
function seedRows() {
  return (parsedSeeds ??= seeds().map((s) => {
    const doc = parseDocument(s.bytes, s.fileName);
    return { fileName: s.fileName, rows: toRows(doc, validateDocument(doc)) };
  }));
}

describe('writing the seed documents to Neo4j', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
    await setupSchema(db);
    for (const s of seeds()) expect((await ingestBytes(db, s.bytes, s.fileName)).status).toBe('CREATED');
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
  });

  it('holds one project budget per project goal table: 86 stated for Fuzhou 2024 (共设置86个项目绩效目标), 11 一级项目 for Xiamen', async () => {
    const fuzhouText = seedContaining('福州市人力资源和社会保障', '部门预算').text;
    const stated = Number(/共设置\s*(\d+)\s*个项目绩效目标/.exec(fuzhouText)?.[1]);
    expect(stated).toBe(86);
    const [fz] = await db.read(cypher('testing/project-budgets-of-document'), { city: FUZHOU, kind: 'DEPARTMENT_BUDGET', year: 2024 });
    expect(fz?.budgets).toBe(stated);
    const xiamenText = seedContaining('厦门市人力资源和社会保障局').text;
    const statedXm = Number(/一级项目\s*(\d+)\s*个/.exec(xiamenText)?.[1]);
    const [xm] = await db.read(cypher('testing/project-budgets-of-document'), { city: XIAMEN, kind: 'DEPARTMENT_BUDGET', year: 2024 });
    expect(xm?.budgets).toBe(statedXm);
  });

  it('stores every property the loader prepares for each fact and indicator (their statements name them one by one)', async () => {
    const checks: [label: string, rows: 'facts' | 'indicators', extra: Record<string, unknown>][] = [
      ['Fact', 'facts', { unit: '万元' }],
      ['Indicator', 'indicators', {}],
    ];
    for (const { fileName, rows } of seedRows()) {
      for (const [label, name, extra] of checks) {
        const stored = new Map((await db.read(cypher('testing/nodes-with-key-prefix'), { label, prefix: `${rows.documentKey}#` })).map((r) => [r.key, r.props]));
        expect(stored.size, `${fileName} ${label}`).toBe(rows[name].length);
        for (const row of rows[name]) {
          const key = `${rows.documentKey}#${row.k}`;
          expect(stored.get(key), key).toEqual({ key, ...row.props, ...extra });
        }
      }
    }
  });

  it("keys every table after its document ('<document key>#…'), the prefix by which aggregations find a document's tables", async () => {
    const expected = seedRows()
      .map(({ rows }) => ({ document: rows.documentKey, tables: rows.tables.length, keyedAfterIt: rows.tables.length }))
      .filter((e) => e.tables > 0);
    expect(expected.length).toBeGreaterThan(1);
    const stored = await db.read(cypher('testing/tables-by-document'));
    expect(stored).toEqual(expected.sort((a, b) => (a.document < b.document ? -1 : 1)));
  });

  it('stores every number as an integer (years, lines, row indexes, levels, staff counts; money is text), never as a float', async () => {
    const types = await db.read(cypher('testing/property-value-types'));
    const numeric = types.filter((t) => /^(INTEGER|FLOAT)/.test(String(t.type)));
    // The seeds give numbers to facts (year, lines, row index), codes (level) and units (staff count).
    for (const [owner, key] of [[':Fact', 'year'], [':Fact', 'rowIndex'], [':SubjectCode', 'level'], ['LISTS_UNIT', 'staffCount']]) {
      expect(numeric.some((t) => t.owner === owner && t.key === key), `${owner}.${key}`).toBe(true);
    }
    expect(numeric.filter((t) => String(t.type).startsWith('FLOAT')).map((t) => `${t.owner}.${t.key}: ${t.n} floats`)).toEqual([]);
  });

  it('lists the units of the Fuzhou units table with their staff counts', async () => {
    const units = await db.read(cypher('testing/units-of-document'), { city: FUZHOU, kind: 'DEPARTMENT_BUDGET', year: 2024 });
    // Rows of the units table as printed: 单位名称 经费性质 在职人数.
    expect(units).toContainEqual({ name: '福州市人力资源和社会保障局', staffCount: 59, fundingType: '财政核拨' });
    expect(units).toContainEqual({ name: '福州市劳动保障监察支队', staffCount: 15, fundingType: '财政核拨' });
  });

  it('reports the 800 万元 disagreement on the general-appropriation revenue total, with both stated figures', async () => {
    const issues = await db.read(cypher('testing/issues-of-document'), { city: FUZHOU, kind: 'DEPARTMENT_BUDGET', year: 2024 });
    const disagreement = issues.find(
      (i) => i.rule === 'CROSS_TABLE_TOTAL' && i.severity === 'ERROR' && [i.expected, i.actual].includes('194077.56') && [i.expected, i.actual].includes('194877.56'),
    );
    expect(disagreement).toBeDefined();
    expect(new Decimal(String(disagreement!.difference)).abs().toFixed(2)).toBe('800.00');
    expect((disagreement!.rows as string[]).length).toBeGreaterThanOrEqual(2);
  });

  it('holds the Xiamen city-to-district transfers adding up to the stated 合计', async () => {
    const text = seedContaining('厦门市人力资源和社会保障局').text;
    // The transfer table's 合计 row as printed.
    const stated = /转移支付支出预算表[\s\S]*?合计[：:]?\s*([\d,]+\.\d{2})/.exec(text)?.[1]?.replace(/,/g, '');
    expect(stated).toBeDefined();
    const rows = await db.read(cypher('testing/transfers-of-document'), { city: XIAMEN, year: 2024 });
    expect(rows.length).toBeGreaterThan(0);
    const sum = rows.reduce((a, r) => a.plus(String(r.amount)), new Decimal(0));
    expect(sum.toFixed(2)).toBe(new Decimal(stated!).toFixed(2));
    // The table names no district: the money goes to 各区 (the districts collectively).
    expect(rows.every((r) => r.level === 'DISTRICTS' && r.recipient === '各区')).toBe(true);
  });

  it('plans the bulk statements that skip replanning from keys alone (no label scan, no Cartesian product), so a plan made on an empty store stays right', async () => {
    // `CYPHER replan=skip` keeps the plan made on first use (maybe on an empty store) while a
    // bulk load grows the graph (loaders/graph/README.md): safe only for plans that find every
    // node by its key. replan=force: planned afresh from this graph's statistics.
    const skipping = fs.readdirSync(path.join(cypherDir, 'ingest')).map((f) => `ingest/${f.replace(/\.cypher$/, '')}`).filter((n) => cypher(n).text.startsWith('CYPHER replan=skip'));
    expect(skipping).toContain('ingest/create-facts');
    for (const name of skipping) {
      const plan = await planOperators(db, { text: cypher(name).text.replace('replan=skip', 'replan=force') }, { docs: [] });
      expect(plan.filter((op) => /^(NodeByLabelScan|AllNodesScan|NodeIndexScan|CartesianProduct)\b/.test(op)), name).toEqual([]);
    }
  });

  it('changes nothing when the same document is loaded again', async () => {
    const before = await graphFingerprint(db);
    const s = seedContaining('厦门市人力资源和社会保障局');
    expect((await ingestBytes(db, s.bytes, s.fileName)).status).toBe('UNCHANGED');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('replaces a new version of a document without touching the others', async () => {
    const before = await graphFingerprint(db);
    const s = seedContaining('社保基金预算');
    // A new version of the fund budget: same document, one more line at the end (new content hash).
    const v2 = new TextEncoder().encode(s.text + '\n');
    expect((await ingestBytes(db, v2, s.fileName)).status).toBe('REPLACED');
    const after = await graphFingerprint(db);
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(after.digest).not.toBe(before.digest); // the content hash changed
    expect((await ingestBytes(db, s.bytes, s.fileName)).status).toBe('REPLACED');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('leaves the graph as it was when writing a document fails half-way', async () => {
    const before = await graphFingerprint(db);
    const s = seedContaining('厦门市人力资源和社会保障局');
    const doc = parseDocument(new TextEncoder().encode(s.text + '\n\n'), s.fileName);
    const issues = validateDocument(doc);
    // A value Neo4j refuses as a property (a map), in the last fact: the statement fails after
    // the document, its units, codes, tables and earlier facts were written in the transaction.
    (doc.facts[doc.facts.length - 1] as unknown as { rowLabel: unknown }).rowLabel = { not: 'a property value' };
    await expect(writeDocument(db, doc, issues)).rejects.toThrow();
    expect(await graphFingerprint(db)).toEqual(before);
  });
});

describe('inferred links across documents', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
    await setupSchema(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
  });

  it('links a budget year work target to the plan indicator it serves, marked inferred, whichever loads first', async () => {
    const budget = seedContaining('福州市人力资源和社会保障', '部门预算');
    const plan = seedContaining('十四五');
    await ingestBytes(db, budget.bytes, budget.fileName);
    await ingestBytes(db, plan.bytes, plan.fileName);
    const rows = await db.read(cypher('testing/target-plan-links'), { city: FUZHOU, year: 2024 });
    // The 2024 budget states the work target 城镇新增就业; the plan's panel states 城镇新增就业人数.
    expect(rows).toContainEqual({ target: '城镇新增就业', indicator: '城镇新增就业人数', inferred: true, method: 'NAME_PREFIX_AND_PERIOD' });
  });
});
