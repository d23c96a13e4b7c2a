import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ingestFiles } from '../../loaders/ingest-file.js';
import type { DocumentSummary } from '../../loaders/ingest/ingest-types.js';
import { documentsDir } from '../config/paths.js';
import type { GraphExecutor } from '../graph/executor.js';
import { countDocuments } from '../graph/queries/document-count.js';
import type { Logger } from '../log/logger.js';

export type BundledLoad = { loaded: false; existingDocuments: number } | { loaded: true; summaries: DocumentSummary[] };

/**
 * On a graph without any Document, ingests the documents shipped in data/documents (*.txt, in
 * name order) so that a first `npm start` serves something. A file that fails is logged and
 * skipped: the API still starts with the others.
 */
export async function loadBundledDocumentsIfEmpty(db: GraphExecutor, log: Logger, dir: string = documentsDir): Promise<BundledLoad> {
  const existingDocuments = await countDocuments(db);
  if (existingDocuments > 0) {
    log.info({ documents: existingDocuments }, 'graph already holds documents: bundled documents not loaded');
    return { loaded: false, existingDocuments };
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  log.info({ files: files.length, dir }, 'graph is empty: loading the bundled documents');
  const outcomes = await ingestFiles(files, { mode: 'WRITE', db, log });
  const summaries = outcomes.map((o) => o.summary);
  for (const s of summaries) {
    if (!s.ok) continue;
    log.info(
      { file: path.basename(s.file), kind: s.document?.kind, year: s.document?.year, status: s.write?.status, facts: s.counts?.facts, projects: s.counts?.projects, validationErrors: s.validationIssues.ERROR, seconds: Number(s.seconds.total.toFixed(2)) },
      'bundled document loaded',
    );
  }
  const failed = summaries.filter((s) => !s.ok).map((s) => path.basename(s.file));
  log[failed.length ? 'warn' : 'info']({ loaded: summaries.length - failed.length, failed }, 'bundled documents done');
  return { loaded: true, summaries };
}
