import { cypher } from '../../src/graph/cypher-files.js';
import type { GraphExecutor, GraphTx } from '../../src/graph/executor.js';
import type { ParsedDocument, ValidationIssue } from '../records/types.js';
import { toRows, type DocumentRows } from './to-rows.js';

export interface WriteResult {
  documentKey: string;
  /** CREATED: new document; REPLACED: a new version's facts replaced the old; UNCHANGED: same bytes already loaded. */
  status: 'CREATED' | 'REPLACED' | 'UNCHANGED';
  /** Rows written per statement (0 everywhere when UNCHANGED). */
  counts: Record<string, number>;
}

/** Batch size of one UNWIND: large enough to amortise round trips, small enough for the heap. */
const BATCH = 2000;

/** The per-record statements, in dependency order (facts need tables; indicators need projects). */
const STEPS: [keyof DocumentRows & string, string][] = [
  ['units', 'ingest/merge-units'],
  ['codes', 'ingest/merge-codes'],
  ['tables', 'ingest/create-tables'],
  ['facts', 'ingest/create-facts'],
  ['projects', 'ingest/create-projects'],
  ['indicators', 'ingest/create-indicators'],
  ['transfers', 'ingest/create-transfers'],
  ['planIndicators', 'ingest/create-plan-indicators'],
  ['targets', 'ingest/create-targets'],
  ['statedFigures', 'ingest/create-stated-figures'],
  ['issues', 'ingest/create-issues'],
];

async function runBatched(tx: GraphTx, statement: string, documentKey: string, rows: unknown[]): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    const [res] = await tx.run(cypher(statement), { documentKey, rows: rows.slice(i, i + BATCH) });
    n += Number(res?.n ?? 0);
  }
  return n;
}

/**
 * Writes one document in one transaction: all of it or nothing. Keyed by the document's identity
 * (kind, city, issuer, years): the same bytes twice change nothing; a new version replaces that
 * document's facts and leaves every other document as it was.
 */
export async function writeDocument(db: GraphExecutor, doc: ParsedDocument, issues: ValidationIssue[]): Promise<WriteResult> {
  const rows = toRows(doc, issues);
  const key = rows.documentKey;
  return db.writeTransaction(`ingest ${key}`, async (tx) => {
    const [stored] = await tx.run(cypher('ingest/find-document'), { key });
    const counts: Record<string, number> = {};
    if (stored && stored.contentHash === doc.document.contentHash) return { documentKey: key, status: 'UNCHANGED', counts };
    if (stored) await tx.run(cypher('ingest/delete-document-data'), { key });
    await tx.run(cypher('ingest/merge-document'), { doc: rows.doc });
    for (const [name, statement] of STEPS) counts[name] = await runBatched(tx, statement, key, rows[name] as unknown[]);
    if (stored) await tx.run(cypher('ingest/prune-orphans'));
    const [linked] = await tx.run(cypher('ingest/link-targets-to-plans'), { departmentKey: rows.doc.departmentKey });
    counts.inferredTargetLinks = Number(linked?.n ?? 0);
    return { documentKey: key, status: stored ? 'REPLACED' : 'CREATED', counts };
  });
}
