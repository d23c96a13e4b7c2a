import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';

/** One context per request (DataLoaders will live here: never module-level). */
export interface Context {
  db: GraphExecutor;
  log: Logger;
}

export function createContext(db: GraphExecutor, log: Logger): Context {
  return { db, log };
}
