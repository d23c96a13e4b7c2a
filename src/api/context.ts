import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { GraphLoaders } from './loaders/graph-loaders.js';
import { NestedFetch } from './prefetch/nested-fetch.js';

/** One context per request: its DataLoaders live and die with it (never module-level). */
export interface Context {
  db: GraphExecutor;
  log: Logger;
  loaders: GraphLoaders;
  /** Nested selections fetched in one statement (src/api/prefetch). */
  nested: NestedFetch;
}

export interface ContextOptions {
  /** Fetch nested selections ahead in one statement (default); off, each relationship field runs its own loader. */
  nestedFetch?: boolean;
}

export function createContext(db: GraphExecutor, log: Logger, options: ContextOptions = {}): Context {
  return { db, log, loaders: new GraphLoaders(db), nested: new NestedFetch(db, options.nestedFetch ?? true) };
}
