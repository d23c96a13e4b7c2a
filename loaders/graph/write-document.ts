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

/**
 * The per-record statements, in dependency order (facts need tables, units and fund sources;
 * indicators need projects). `counted`: its rows are reported in WriteResult.counts (the others
 * only prepare a later statement).
 */
const STEPS: { rows: keyof DocumentRows & string; statement: string; counted: boolean }[] = [
  { rows: 'units', statement: 'ingest/merge-units', counted: true },
  { rows: 'codes', statement: 'ingest/merge-codes', counted: true },
  { rows: 'tables', statement: 'ingest/create-tables', counted: true },
  { rows: 'factUnits', statement: 'ingest/merge-fact-units', counted: false },
  { rows: 'factSources', statement: 'ingest/merge-fact-sources', counted: false },
  { rows: 'facts', statement: 'ingest/create-facts', counted: true },
  { rows: 'projects', statement: 'ingest/create-projects', counted: true },
  { rows: 'indicators', statement: 'ingest/create-indicators', counted: true },
  { rows: 'transfers', statement: 'ingest/create-transfers', counted: true },
  { rows: 'planIndicators', statement: 'ingest/create-plan-indicators', counted: true },
  { rows: 'targets', statement: 'ingest/create-targets', counted: true },
  { rows: 'statedFigures', statement: 'ingest/create-stated-figures', counted: true },
  { rows: 'issues', statement: 'ingest/create-issues', counted: true },
];

/** One statement's parameter: the rows grouped by document (`$docs`), the document key sent once. */
type DocsParam = { key: string; rows: unknown[] }[];

/** Splits the documents' rows into parameters of at most BATCH rows each, in order. */
function batches(all: DocumentRows[], name: keyof DocumentRows & string): DocsParam[] {
  const out: DocsParam[] = [];
  let batch: DocsParam = [];
  let size = 0;
  for (const r of all) {
    const rows = r[name] as unknown[];
    for (let i = 0; i < rows.length; ) {
      const part = rows.slice(i, i + BATCH - size);
      batch.push({ key: r.documentKey, rows: part });
      size += part.length;
      i += part.length;
      if (size === BATCH) {
        out.push(batch);
        batch = [];
        size = 0;
      }
    }
  }
  if (batch.length) out.push(batch);
  return out;
}

/**
 * Writes the records of new document versions (none stored under their keys, or just deleted):
 * every statement once per BATCH rows of all the documents together, grouped by document.
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
  for (const { rows, statement } of STEPS) for (const docs of batches(all, rows)) await send(rows, statement, { docs });
  const written = new Map<string, number>();
  for (const { name, sent } of sends) written.set(name, (written.get(name) ?? 0) + Number((await sent)[0]?.n ?? 0));
  for (const { rows: name } of STEPS.filter((s) => s.counted)) {
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
