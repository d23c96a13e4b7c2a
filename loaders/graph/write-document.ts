import { cypher } from '../../src/graph/cypher-files.js';
import type { GraphExecutor, GraphTx, Params, Row } from '../../src/graph/executor.js';
import type { ParsedDocument, ValidationIssue } from '../records/types.js';
import { toRows, type DocumentRows } from './to-rows.js';

export interface WriteResult {
  documentKey: string;
  /** CREATED: new document; REPLACED: a new version's facts replaced the old; UNCHANGED: same bytes already loaded. */
  status: 'CREATED' | 'REPLACED' | 'UNCHANGED';
  /** Rows written per statement (0 everywhere when UNCHANGED). */
  counts: Record<string, number>;
}

/** A parsed document with its validation issues: what one write takes. */
export interface DocumentToWrite {
  doc: ParsedDocument;
  issues: ValidationIssue[];
}

/** Rows per UNWIND: large enough to amortise round trips, small enough for the heap. */
const BATCH = 5000;

/** Statements sent ahead of the answers (bounds the encoded parameters held at once). */
const DEPTH = 2;

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

/**
 * Writes the records of new document versions (none stored under their keys, or just deleted):
 * every statement once per BATCH rows of all the documents together, each row naming its document.
 * Returns the rows written per statement and document.
 */
async function writeRecords(tx: GraphTx, all: DocumentRows[]): Promise<Record<string, number>[]> {
  const counts = all.map(() => ({}) as Record<string, number>);
  const sends: { name: string; sent: Promise<Row[]> }[] = [];
  const inFlight: Promise<unknown>[] = [];
  // Pipelined: up to DEPTH statements are sent before the first answer is awaited, so the driver
  // encodes the next batch while the server runs this one. The server still runs them in order.
  const send = async (name: string, statement: string, params: Params) => {
    if (inFlight.length >= DEPTH) await inFlight.shift();
    const sent = tx.run(cypher(statement), params);
    sent.catch(() => undefined); // awaited below; an early failure must not go unhandled meanwhile
    sends.push({ name, sent });
    inFlight.push(sent);
  };
  await send('doc', 'ingest/merge-document', { docs: all.map((r) => r.doc) });
  for (const [name, statement] of STEPS) {
    const rows = all.flatMap((r) => (r[name] as object[]).map((row) => ({ ...row, documentKey: r.documentKey })));
    for (let i = 0; i < rows.length; i += BATCH) await send(name, statement, { rows: rows.slice(i, i + BATCH) });
  }
  const written = new Map<string, number>();
  for (const { name, sent } of sends) written.set(name, (written.get(name) ?? 0) + Number((await sent)[0]?.n ?? 0));
  for (const [name] of STEPS) {
    // One document: the rows the database wrote; several: each document's rows (the sum is `written`).
    all.forEach((r, n) => (counts[n]![name] = all.length === 1 ? (written.get(name) ?? 0) : (r[name] as unknown[]).length));
  }
  const departmentKeys = [...new Set(all.map((r) => r.doc.departmentKey))];
  const [linked] = await tx.run(cypher('ingest/link-targets-to-plans'), { departmentKeys });
  // Links are counted per write: with several documents, the first carries the count.
  counts.forEach((c, n) => (c.inferredTargetLinks = n === 0 ? Number(linked?.n ?? 0) : 0));
  return counts;
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
    const [stored] = await tx.run(cypher('ingest/find-documents'), { keys: [key] });
    if (stored && stored.contentHash === doc.document.contentHash) return { documentKey: key, status: 'UNCHANGED', counts: {} };
    if (stored) await tx.run(cypher('ingest/delete-document-data'), { key });
    const [counts] = await writeRecords(tx, [rows]);
    if (stored) await tx.run(cypher('ingest/prune-orphans'));
    return { documentKey: key, status: stored ? 'REPLACED' : 'CREATED', counts: counts! };
  });
}

/**
 * Bulk load: several new documents in one transaction, each statement sent once per BATCH rows of
 * all of them (a few round trips for the lot instead of ~15 per document). When any of them is
 * already stored, two share a key, or the transaction fails, it falls back to writeDocument one by
 * one, so a failing document fails alone and leaves the graph as it was.
 */
export async function writeDocuments(db: GraphExecutor, items: DocumentToWrite[]): Promise<WriteResult[]> {
  const all = items.map((i) => toRows(i.doc, i.issues));
  const keys = all.map((r) => r.documentKey);
  if (new Set(keys).size === keys.length && items.length > 1) {
    try {
      const counts = await db.writeTransaction(`ingest ${items.length} documents`, async (tx) => {
        if ((await tx.run(cypher('ingest/find-documents'), { keys })).length > 0) return null;
        return writeRecords(tx, all);
      });
      if (counts) return keys.map((documentKey, n) => ({ documentKey, status: 'CREATED', counts: counts[n]! }));
    } catch {
      // One of them fails: found out (and reported) by the per-document writes below.
    }
  }
  const out: WriteResult[] = [];
  for (const { doc, issues } of items) out.push(await writeDocument(db, doc, issues));
  return out;
}
