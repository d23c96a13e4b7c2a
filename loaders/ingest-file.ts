/**
 * Orchestration of the ingest pipeline for files: read → parse → validate → write, each stage
 * timed. Every file ends as a DocumentSummary; a failing file never stops the others.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphExecutor } from '../src/graph/executor.js';
import { UserFacingError } from '../src/errors.js';
import type { Logger } from '../src/log/logger.js';
import { DocumentParseError } from './errors.js';
import { writeDocument, type WriteResult } from './graph/write-document.js';
import type { DocumentSummary, IngestMode, IngestOutcome, Stage } from './ingest/ingest-types.js';
import { StageClock } from './ingest/stage-clock.js';
import { documentIdentity, issuesByCode, issuesBySeverity, recordCounts } from './ingest/summarise-records.js';
import { parseDocument } from './parse-document.js';
import type { ParsedDocument, ValidationIssue } from './records/types.js';
import { validateDocument } from './validate/validate-document.js';

/** The graph stage's signature: one document, one write transaction. */
export type DocumentWriter = (db: GraphExecutor, doc: ParsedDocument, issues: ValidationIssue[]) => Promise<WriteResult>;

export interface IngestOptions {
  mode: IngestMode;
  /** Required for WRITE. */
  db?: GraphExecutor;
  log: Logger;
  /** The graph stage; the real writer unless a caller substitutes one. */
  write?: DocumentWriter;
  /** Called as each stage of a file starts (progress display). */
  onStage?: (file: string, stage: Stage) => void;
}

export async function ingestFile(file: string, o: IngestOptions): Promise<IngestOutcome> {
  const db = o.db;
  // A programmer error, not a file's failure: thrown, not summarised.
  if (o.mode === 'WRITE' && !db) throw new Error('ingestFile: WRITE mode needs a GraphExecutor');
  const clock = new StageClock();
  let stage: Stage = 'read';
  let parsed: ParsedDocument | null = null;
  let validationIssues: ValidationIssue[] = [];
  const enter = (s: Stage) => {
    stage = s;
    o.onStage?.(file, s);
  };
  const summary = (write: DocumentSummary['write'], failure: string | null): DocumentSummary => ({
    file,
    ok: failure === null,
    failedStage: failure === null ? null : stage,
    error: failure,
    document: parsed && documentIdentity(parsed),
    counts: parsed && recordCounts(parsed),
    validationIssues: issuesBySeverity(validationIssues),
    parseIssues: parsed ? issuesByCode(parsed.issues) : {},
    write,
    seconds: clock.result(),
  });
  try {
    enter('read');
    const bytes = await clock.time('read', () => readFile(file));
    enter('parse');
    // The parser names the file in its messages: give it the name only, not the directory.
    const doc = await clock.time('parse', () => parseDocument(bytes, path.basename(file)));
    parsed = doc;
    enter('validate');
    validationIssues = await clock.time('validate', () => validateDocument(doc));
    // (db is missing only in a dry run: checked above.)
    if (o.mode === 'DRY_RUN' || !db) return { summary: summary(null, null), parsed, validationIssues };
    enter('write');
    const written = await clock.time('write', () => (o.write ?? writeDocument)(db, doc, validationIssues));
    return { summary: summary(written, null), parsed, validationIssues };
  } catch (e) {
    const message = failureMessage(file, stage, e);
    // A user-facing failure is fully described by its sentence; anything else may be a bug.
    if (e instanceof DocumentParseError || e instanceof UserFacingError || stage === 'read') o.log.warn({ file, stage }, message);
    else o.log.error({ file, stage, err: e }, message);
    return { summary: summary(null, message), parsed, validationIssues };
  }
}

/** Ingests files one after another (one write transaction each), in the order given. */
export async function ingestFiles(files: readonly string[], o: IngestOptions, onDone?: (outcome: IngestOutcome) => void): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for (const file of files) {
    const outcome = await ingestFile(file, o);
    onDone?.(outcome);
    out.push(outcome);
  }
  return out;
}

/** One sentence naming the file: the parser's own message names file and line already. */
function failureMessage(file: string, stage: Stage, e: unknown): string {
  if (e instanceof DocumentParseError) return e.message;
  const err = e instanceof Error ? e : new Error(String(e));
  if (stage === 'read') {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : err.message;
    return `${file}: cannot read the file (${why}).`;
  }
  const first = err.message.split('\n')[0] ?? '';
  return `${file}: ${stage} failed: ${first}`;
}
