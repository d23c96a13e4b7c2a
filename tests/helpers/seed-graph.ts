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

/** The text of a printed table: from its title to the next markdown heading or blank-line-separated title. */
export function tableText(text: string, title: string): string {
  const start = text.indexOf(title);
  if (start < 0) throw new Error(`no table titled ${title}`);
  return text.slice(start);
}

/** A printed amount without thousands separators ("33,946.00" → "33946.00"). */
export const plain = (s: string | undefined): string => {
  if (s === undefined) throw new Error('amount not found in the document text');
  return s.replace(/,/g, '');
};
