import { seeds } from '../../loaders/seed-fixtures.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { setupSchema } from '../../src/graph/schema-setup.js';
import { wipe } from './graph.js';
import { ingestBytes } from './ingest.js';

/** An empty database with the schema, then every seed document through the real ingest. */
export async function loadSeedGraph(db: GraphExecutor): Promise<void> {
  await wipe(db);
  await setupSchema(db);
  for (const s of seeds()) await ingestBytes(db, s.bytes, s.fileName);
}
