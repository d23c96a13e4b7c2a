import { ingestFiles } from '../../loaders/ingest-file.js';
import type { IngestOutcome } from '../../loaders/ingest/ingest-types.js';
import { connectGraph } from '../app/connect-graph.js';
import type { Config } from '../config/env.js';
import { UserFacingError } from '../errors.js';
import { setupSchema } from '../graph/schema-setup.js';
import type { Logger } from '../log/logger.js';
import { ingestProgress } from './ingest-progress.js';
import { summaryTables } from './summary-table.js';
import { writeStdout } from './write-stdout.js';

export interface IngestCommandOptions {
  /** Print the summaries as JSON instead of tables. */
  json?: boolean;
  /** Parse and validate only; print the records as JSON; no Neo4j is started. */
  dryRun?: boolean;
}

/**
 * `budget-graph ingest <files…>`: each file is parsed, validated and written in its own
 * transaction; a failing file is reported and the others still load. Exits 1 if any failed.
 */
export async function ingest(files: string[], opts: IngestCommandOptions, config: Config, log: Logger): Promise<void> {
  const progress = ingestProgress(files.length, log);
  let outcomes: IngestOutcome[];
  try {
    if (opts.dryRun) {
      outcomes = await ingestFiles(files, { mode: 'DRY_RUN', log, onStage: progress.onStage }, progress.onDone);
    } else {
      const graph = await connectGraph(config, log);
      try {
        await setupSchema(graph.db);
        outcomes = await ingestFiles(files, { mode: 'WRITE', db: graph.db, log, onStage: progress.onStage }, progress.onDone);
      } finally {
        await graph.close();
      }
    }
  } finally {
    progress.stop();
  }
  const summaries = outcomes.map((o) => o.summary);
  if (opts.dryRun) {
    // stdout carries the records; the human summary goes to stderr.
    const records = outcomes.filter((o) => o.parsed).map((o) => ({ file: o.summary.file, summary: o.summary, records: o.parsed, validationIssues: o.validationIssues }));
    await writeStdout(JSON.stringify(records, null, 2) + '\n');
    if (!opts.json) process.stderr.write(summaryTables(summaries));
  } else {
    await writeStdout(opts.json ? JSON.stringify(summaries, null, 2) + '\n' : summaryTables(summaries));
  }
  const failed = summaries.filter((s) => !s.ok);
  if (failed.length === 1) throw new UserFacingError(`1 of ${summaries.length} files was not ingested: ${failed[0]?.error ?? ''}`);
  if (failed.length > 1) throw new UserFacingError(`${failed.length} of ${summaries.length} files were not ingested: ${failed.map((s) => s.file).join(', ')} (see the summary for each).`);
}
