import { cypher, cypherScript } from './cypher-files.js';
import type { GraphExecutor } from './executor.js';

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function setupSchema(db: GraphExecutor): Promise<number> {
  const statements = cypherScript('schema/constraints');
  // Schema statements cannot share a transaction with each other: one each.
  for (const st of statements) await db.write(st);
  await db.write(cypher('schema/await-indexes'));
  return statements.length;
}
