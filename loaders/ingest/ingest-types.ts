import type { DocumentKind, ParsedDocument, Severity, ValidationIssue } from '../records/types.js';
import type { WriteResult } from '../graph/write-document.js';

/** What the graph writer reports for one document (loaders/graph/write-document.ts). */
export type { WriteResult };

/** `WRITE` parses, validates and writes; `DRY_RUN` stops before the graph (no database needed). */
export type IngestMode = 'WRITE' | 'DRY_RUN';

export type Stage = 'read' | 'parse' | 'validate' | 'write';

/** Wall-clock seconds per stage; null for a stage that did not run. */
export type StageSeconds = Record<Stage, number | null> & { total: number };

/** Records the parser produced, by kind. */
export interface RecordCounts {
  tables: number;
  units: number;
  codes: number;
  projects: number;
  transfers: number;
  planIndicators: number;
  targets: number;
  facts: number;
  /** Performance indicators of projects (ProjectRecord.indicators). */
  projectIndicators: number;
  /** Whole-department or fund performance indicators (ParsedDocument.indicators). */
  documentIndicators: number;
  statedFigures: number;
}

export interface DocumentIdentity {
  kind: DocumentKind;
  year: number;
  endYear: number;
  issuer: string;
  city: string;
  title: string;
  contentHash: string;
}

/** One file's outcome, as the CLI prints it (table or `--json`). */
export interface DocumentSummary {
  /** The path as given on the command line. */
  file: string;
  ok: boolean;
  /** The stage that failed and its one-sentence message, when `ok` is false. */
  failedStage: Stage | null;
  error: string | null;
  document: DocumentIdentity | null;
  counts: RecordCounts | null;
  validationIssues: Record<Severity, number>;
  /** Parse issues by code (e.g. EMPTY_TABLE: 2). */
  parseIssues: Record<string, number>;
  /** Null in a dry run, or when the file failed before the write. */
  write: WriteResult | null;
  seconds: StageSeconds;
}

/** A summary plus what was produced on the way (a dry run prints the records). */
export interface IngestOutcome {
  summary: DocumentSummary;
  parsed: ParsedDocument | null;
  validationIssues: ValidationIssue[];
}
