import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import { loadBundledDocumentsIfEmpty } from '../src/app/load-bundled-documents.js';
import { documentsDir } from '../src/config/paths.js';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { countDocuments } from '../src/graph/queries/document-count.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { createLogger } from '../src/log/logger.js';
import { testExecutor, wipe } from './helpers/graph.js';

const log = createLogger('silent');
const fund2026 = seedContaining('社会保险基金预算区域绩效目标表');
/** A bundle of one small seed (the fund budget), so the test stays quick. */
const bundle = mkdtempSync(path.join(os.tmpdir(), 'budget-graph-bundle-'));
copyFileSync(path.join(documentsDir, fund2026.fileName), path.join(bundle, fund2026.fileName));

describe('loadBundledDocumentsIfEmpty', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
    await setupSchema(db);
  });
  beforeEach(async () => {
    await wipe(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
    rmSync(bundle, { recursive: true, force: true });
  });

  it('leaves a graph that already holds a document alone', async () => {
    await db.write(cypher('testing/create-document'), { key: 'doc-a', title: '2024年度部门预算' });
    expect(await loadBundledDocumentsIfEmpty(db, log, bundle)).toEqual({ loaded: false, existingDocuments: 1 });
    expect(await countDocuments(db)).toBe(1);
  });

  it('loads the bundled documents into an empty graph, once', async () => {
    const first = await loadBundledDocumentsIfEmpty(db, log, bundle);
    expect(first.loaded).toBe(true);
    if (!first.loaded) return;
    expect(first.summaries).toHaveLength(1);
    expect(first.summaries[0]).toMatchObject({ ok: true, document: { kind: 'FUND_BUDGET', year: 2026 }, write: { status: 'CREATED' } });
    expect(await countDocuments(db)).toBe(1);
    expect(await loadBundledDocumentsIfEmpty(db, log, bundle)).toEqual({ loaded: false, existingDocuments: 1 });
  });
});
