import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { GraphLoaders } from './loaders/graph-loaders.js';

/** One context per request: its DataLoaders live and die with it (never module-level). */
export interface Context {
  db: GraphExecutor;
  log: Logger;
  loaders: GraphLoaders;
}

export function createContext(db: GraphExecutor, log: Logger): Context {
  return { db, log, loaders: new GraphLoaders(db) };
}
