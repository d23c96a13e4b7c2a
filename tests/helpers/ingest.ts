import { createHash } from 'node:crypto';
import { cypher } from '../../src/graph/cypher-files.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { writeDocument, type WriteResult } from '../../loaders/graph/write-document.js';
import { parseDocument } from '../../loaders/parse-document.js';
import { validateDocument } from '../../loaders/validate/validate-document.js';

/** parse → validate → write, as the CLI does. */
export async function ingestBytes(db: GraphExecutor, bytes: Uint8Array, fileName: string): Promise<WriteResult> {
  const doc = parseDocument(bytes, fileName);
  return writeDocument(db, doc, validateDocument(doc));
}

/** A digest of every node (label, key, value) and the relationship count: equal digests, equal graphs. */
export async function graphFingerprint(db: GraphExecutor): Promise<{ nodes: number; relationships: number; digest: string }> {
  const rows = await db.read(cypher('testing/graph-fingerprint'));
  const [rels] = await db.read(cypher('testing/relationship-count'));
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  return { nodes: rows.length, relationships: Number(rels?.n), digest };
}
