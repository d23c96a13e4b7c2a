import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { testExecutor, wipe } from './helpers/graph.js';

describe('graph executor on the Neo4j the test run started', () => {
  let db: GraphExecutor;
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
  });

  it('writes with parameters and reads the same values back, money as an exact string', async () => {
    // A parameter that looks like Cypher stays data.
    const label = "福州市人力资源和社会保障局' }) DETACH DELETE (x) //";
    await db.write(cypher('testing/create-probe'), { key: 'p1', label, amount: '3644.00' });
    const rows = await db.read(cypher('testing/read-probe'), { key: 'p1' });
    expect(rows).toEqual([{ label, amount: '3644.00' }]);
  });

  it('runs several statements in one transaction and rolls all of them back on failure', async () => {
    await expect(
      db.writeTransaction('test', async (tx) => {
        await tx.run(cypher('testing/create-probe'), { key: 'p2', label: 'a', amount: '1' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.read(cypher('testing/read-probe'), { key: 'p2' })).toEqual([]);
  });

  it('creates constraints and indexes idempotently', async () => {
    const n = await setupSchema(db);
    const first = await db.read(cypher('schema/list-constraints'));
    await setupSchema(db);
    const second = await db.read(cypher('schema/list-constraints'));
    expect(second).toEqual(first);
    // Every CREATE CONSTRAINT line of the script exists once.
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(n);
    expect(first.map((r) => r.name)).toContain('document_key');
  });
});
