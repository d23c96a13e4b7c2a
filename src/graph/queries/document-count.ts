import { cypher } from '../cypher-files.js';
import type { GraphExecutor } from '../executor.js';

export async function countDocuments(db: GraphExecutor): Promise<number> {
  const [row] = await db.read(cypher('ingest/document-count'));
  return Number(row?.documents ?? 0);
}
