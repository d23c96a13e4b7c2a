import cliProgress from 'cli-progress';
import type { IngestOutcome, Stage } from '../../loaders/ingest/ingest-types.js';
import type { Logger } from '../log/logger.js';

export interface IngestProgress {
  onStage(file: string, stage: Stage): void;
  onDone(outcome: IngestOutcome): void;
  stop(): void;
}

/**
 * A progress bar over files on stderr when stderr is a terminal; otherwise (pipes, CI) one log
 * line per file, so logs stay greppable and stdout stays free for the summary or JSON.
 */
export function ingestProgress(total: number, log: Logger): IngestProgress {
  if (!process.stderr.isTTY) {
    return {
      onStage: (file, stage) => log.debug({ file, stage }, 'stage started'),
      onDone: ({ summary: s }) =>
        log.info({ file: s.file, ok: s.ok, status: s.write?.status ?? null, facts: s.counts?.facts ?? null, seconds: Number(s.seconds.total.toFixed(3)) }, s.ok ? 'file ingested' : 'file failed'),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {file} {stage}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '', stage: '' });
  return {
    onStage: (file, stage) => bar.update({ file, stage }),
    onDone: ({ summary: s }) => bar.increment({ file: s.file, stage: s.ok ? 'done' : 'FAILED' }),
    stop: () => bar.stop(),
  };
}
