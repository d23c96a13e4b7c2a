import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile, ingestFiles } from '../loaders/ingest-file.js';
import { seedContaining, seeds } from '../loaders/seed-fixtures.js';
import { documentsDir } from '../src/config/paths.js';
import { UserFacingError } from '../src/errors.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { graphCounts } from '../src/graph/queries/status.js';
import { createLogger } from '../src/log/logger.js';
import { testExecutor, wipe } from './helpers/graph.js';

const log = createLogger('silent');
const fuzhou2024 = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
const fuzhouPath = path.join(documentsDir, fuzhou2024.fileName);
/** Goals the text says it set (共设置86个项目绩效目标): one project performance table each. */
const statedProjects = Number(/共设置(\d+)个项目绩效目标/u.exec(fuzhou2024.text)?.[1]);

describe('ingestFile without a database (dry run)', () => {
  it('summarises the Fuzhou 2024 department budget: 15 units, one project per stated goal, timed stages', async () => {
    const { summary: s, parsed } = await ingestFile(fuzhouPath, { mode: 'DRY_RUN', log });
    expect(s).toMatchObject({ ok: true, error: null, write: null, document: { kind: 'DEPARTMENT_BUDGET', year: 2024, issuer: '福州市人力资源和社会保障局' } });
    expect(statedProjects).toBe(86);
    expect(s.counts).toMatchObject({ units: 15, projects: statedProjects });
    // Indicators counted from the records, not re-derived: project ones are the sum over projects.
    expect(s.counts?.projectIndicators).toBe(parsed?.projects.reduce((n, p) => n + p.indicators.length, 0));
    // The 800 万元 gap between its two summary tables is an ERROR-level validation issue.
    expect(s.validationIssues.ERROR).toBeGreaterThan(0);
    expect(s.seconds.parse).not.toBeNull();
    expect(s.seconds.validate).not.toBeNull();
    expect(s.seconds.write).toBeNull();
  });

  it('reports a missing file and goes on with the others, in the order given', async () => {
    const files = [path.join(documentsDir, 'no-such-file.txt'), ...seeds().map((x) => path.join(documentsDir, x.fileName))];
    const out = await ingestFiles(files, { mode: 'DRY_RUN', log });
    expect(out.map((o) => o.summary.file)).toEqual(files);
    expect(out[0]?.summary).toMatchObject({ ok: false, failedStage: 'read', error: `${files[0]}: cannot read the file (no such file).` });
    expect(out.slice(1).every((o) => o.summary.ok)).toBe(true);
  });
});

describe('ingestFile into the graph', () => {
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

  it('writes the Fuzhou 2024 budget once; the same bytes again are UNCHANGED and change nothing', async () => {
    const first = await ingestFile(fuzhouPath, { mode: 'WRITE', db, log });
    expect(first.summary.error).toBeNull();
    expect(first.summary.write?.status).toBe('CREATED');
    expect(first.summary.seconds.write).not.toBeNull();
    const counts = await graphCounts(db);
    expect(counts.documents).toBe(1);
    const again = await ingestFile(fuzhouPath, { mode: 'WRITE', db, log });
    expect(again.summary.write).toMatchObject({ status: 'UNCHANGED', documentKey: first.summary.write?.documentKey });
    expect(await graphCounts(db)).toEqual(counts);
  });

  it('reports a failing write with its message and the stage', async () => {
    const refuse = () => Promise.reject(new UserFacingError('Neo4j refused the write.'));
    const { summary: s } = await ingestFile(fuzhouPath, { mode: 'WRITE', db, log, write: refuse });
    expect(s).toMatchObject({ ok: false, failedStage: 'write', error: `${fuzhouPath}: write failed: Neo4j refused the write.`, write: null });
    expect(s.counts?.units).toBe(15);
  });
});
