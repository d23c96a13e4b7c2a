import neo4j from 'neo4j-driver';
import { cypher } from '../cypher-files.js';
import type { GraphExecutor } from '../executor.js';
import type { IssueStage, Severity } from './vocabulary.js';

export interface IssueFilter {
  documentKey?: string | null;
  city?: string | null;
  year?: number | null;
  rule?: string | null;
  severity?: Severity | null;
  stage?: IssueStage | null;
}

export interface DocumentRef {
  key: string;
  title: string | null;
  kind: string | null;
  year: number | null;
  city: string | null;
  fileName: string | null;
}

/** A fact an issue involves, with where it was printed. Money in 万元 (amountRaw/unitRaw as printed). */
export interface InvolvedFact {
  key: string;
  amount: string | null;
  unit: string | null;
  amountRaw: string | null;
  unitRaw: string | null;
  tableTitle: string | null;
  tableRole: string | null;
  rowLabel: string | null;
  column: string | null;
  subjectCode: string | null;
  kind: string | null;
  startLine: number | null;
  endLine: number | null;
  raw: string | null;
}

export interface IssueRecord {
  key: string;
  stage: string;
  rule: string;
  severity: string;
  message: string | null;
  /** Decimal strings in `unit` (万元) for VALIDATION issues; null for PARSE issues. */
  expected: string | null;
  actual: string | null;
  /** actual − expected. */
  difference: string | null;
  unit: string | null;
  table: string | null;
  startLine: number | null;
  endLine: number | null;
  document: DocumentRef;
  facts: InvolvedFact[];
}

const s = (v: unknown) => (v == null ? null : String(v));
const n = (v: unknown) => (v == null ? null : Number(v));
type Obj = Record<string, unknown>;

export const toDocumentRef = (d: Obj): DocumentRef => ({ key: String(d.key), title: s(d.title), kind: s(d.kind), year: n(d.year), city: s(d.city), fileName: s(d.fileName) });

export async function validationIssues(db: GraphExecutor, f: IssueFilter, first: number, offset: number): Promise<IssueRecord[]> {
  const rows = await db.read(cypher('analytics/validation-issues'), {
    documentKey: f.documentKey ?? null,
    city: f.city ?? null,
    year: f.year == null ? null : neo4j.int(f.year),
    rule: f.rule ?? null,
    severity: f.severity ?? null,
    stage: f.stage ?? null,
    first: neo4j.int(first),
    offset: neo4j.int(offset),
  });
  return rows.map((r) => {
    const i = r.issue as Obj;
    return {
      key: String(i.key),
      stage: String(i.stage),
      rule: String(i.rule),
      severity: String(i.severity),
      message: s(i.message),
      expected: s(i.expected),
      actual: s(i.actual),
      difference: s(i.difference),
      unit: s(i.unit),
      table: s(i.table),
      startLine: n(i.startLine),
      endLine: n(i.endLine),
      document: toDocumentRef(r.document as Obj),
      facts: (r.facts as Obj[]).map((x) => ({
        key: String(x.key),
        amount: s(x.amount),
        unit: s(x.unit),
        amountRaw: s(x.amountRaw),
        unitRaw: s(x.unitRaw),
        tableTitle: s(x.tableTitle),
        tableRole: s(x.tableRole),
        rowLabel: s(x.rowLabel),
        column: s(x.column),
        subjectCode: s(x.subjectCode),
        kind: s(x.kind),
        startLine: n(x.startLine),
        endLine: n(x.endLine),
        raw: s(x.raw),
      })),
    };
  });
}
