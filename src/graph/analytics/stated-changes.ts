import neo4j from 'neo4j-driver';
import { cypher } from '../cypher-files.js';
import type { GraphExecutor, Row } from '../executor.js';
import { minus, percentOf } from './money.js';

/** A figure stated in prose with its change against last year, and whether the change reproduces. */
export interface StatedChangeCheck {
  key: string;
  subject: string | null;
  subjectCode: string | null;
  documentKey: string;
  documentTitle: string | null;
  year: number;
  city: string | null;
  /** This year's amount as stated (万元). */
  amount: string | null;
  /** Stated change (万元; a decrease is negative where the text says 减少). */
  change: string | null;
  statedPercent: string | null;
  /** Last year's amount: as stated, else amount − change. */
  previousAmount: string | null;
  /** change / previousAmount × 100, half-up to 2 decimals; null when not computable. */
  recomputedPercent: string | null;
  /** Recomputed equals stated percentage; null when either is missing. */
  percentAgrees: boolean | null;
  startLine: number | null;
  endLine: number | null;
  raw: string | null;
}

export interface StatedFigureFilter {
  documentKey?: string | null;
  city?: string | null;
  year?: number | null;
  /** Only figures that state a change (default true). */
  withChangeOnly?: boolean;
}

const s = (v: unknown) => (v == null ? null : String(v));

export function checkStatedChange(r: Row): StatedChangeCheck {
  const amount = s(r.amount);
  const delta = s(r.change);
  const previous = s(r.previousAmount) ?? (amount !== null && delta !== null ? minus(amount, delta) : null);
  const recomputed = previous !== null && delta !== null ? percentOf(delta, previous) : null;
  const stated = s(r.changePercent);
  return {
    key: String(r.key),
    subject: s(r.subject),
    subjectCode: s(r.subjectCode),
    documentKey: String(r.documentKey),
    documentTitle: s(r.documentTitle),
    year: Number(r.year),
    city: s(r.city),
    amount,
    change: delta,
    statedPercent: stated,
    previousAmount: previous,
    recomputedPercent: recomputed,
    percentAgrees: recomputed !== null && stated !== null ? Number(recomputed) === Number(stated) : null,
    startLine: r.startLine == null ? null : Number(r.startLine),
    endLine: r.endLine == null ? null : Number(r.endLine),
    raw: s(r.raw),
  };
}

export async function statedChanges(db: GraphExecutor, f: StatedFigureFilter): Promise<StatedChangeCheck[]> {
  const rows = await db.read(cypher('analytics/stated-figures'), {
    documentKey: f.documentKey ?? null,
    city: f.city ?? null,
    year: f.year == null ? null : neo4j.int(f.year),
    withChangeOnly: f.withChangeOnly ?? true,
  });
  return rows.map(checkStatedChange);
}
