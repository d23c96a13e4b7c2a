import { pino, type Logger } from 'pino';

/** Structured JSON logs on stderr (stdout stays free for CLI output such as dry-run JSON). */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'budget-graph' } }, pino.destination(2));
}

export type { Logger };
