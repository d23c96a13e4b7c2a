import { cypher } from '../cypher-files.js';
import type { GraphExecutor } from '../executor.js';
import { toDocumentRef, type DocumentRef } from './issues.js';

/** Where a number (or any per-document node) was read: document, lines, raw text, table cell. */
export interface ProvenanceRecord {
  key: string;
  label: string;
  /** The node's main figure as a decimal string (amount, total funds, target …), in `unit` where given. */
  amount: string | null;
  amountRaw: string | null;
  unit: string | null;
  rowLabel: string | null;
  column: string | null;
  startLine: number | null;
  endLine: number | null;
  raw: string | null;
  tableTitle: string | null;
  tableRole: string | null;
  tableStartLine: number | null;
  tableEndLine: number | null;
  document: DocumentRef;
}

const s = (v: unknown) => (v == null ? null : String(v));
const n = (v: unknown) => (v == null ? null : Number(v));

/** In the order of `keys`; unknown keys are left out. One round trip for any number of keys. */
export async function provenanceOf(db: GraphExecutor, keys: string[]): Promise<ProvenanceRecord[]> {
  const rows = await db.read(cypher('analytics/provenance'), { keys });
  const byKey = new Map(
    rows.map((r) => [
      String(r.key),
      {
        key: String(r.key),
        label: String(r.label),
        amount: s(r.amount),
        amountRaw: s(r.amountRaw),
        unit: s(r.unit),
        rowLabel: s(r.rowLabel),
        column: s(r.column),
        startLine: n(r.startLine),
        endLine: n(r.endLine),
        raw: s(r.raw),
        tableTitle: s(r.tableTitle),
        tableRole: s(r.tableRole),
        tableStartLine: n(r.tableStartLine),
        tableEndLine: n(r.tableEndLine),
        document: toDocumentRef(r.document as Record<string, unknown>),
      },
    ]),
  );
  return keys.flatMap((k) => {
    const p = byKey.get(k);
    return p ? [p] : [];
  });
}
