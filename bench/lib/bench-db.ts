/**
 * The database a bench runs on: a throwaway local Neo4j in a temporary home (started here, removed
 * at the end), or NEO4J_URI as is (never emptied unless the bench says so). Schema set up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphExecutor } from '../../src/graph/executor.js';
import { setupSchema } from '../../src/graph/schema-setup.js';
import type { Logger } from '../../src/log/logger.js';
import { ensureNeo4jInstalled } from '../../src/neo4j-local/install.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/launcher.js';
import { freePort } from '../../src/neo4j-local/ports.js';

export interface BenchDb {
  db: GraphExecutor;
  /** True when this bench started the database (it may then be emptied freely). */
  local: boolean;
  uri: string;
  close(): Promise<void>;
}

/** Heap and page cache of a throwaway Neo4j: enough for a few million facts in cache. */
export const BENCH_MEMORY = { heap: '2g', pageCache: '2g' };

/** Starts a local Neo4j on `home` (a new store, or one the offline importer wrote). */
export async function startBenchNeo4j(home: string, log: Logger, memory = BENCH_MEMORY): Promise<LocalNeo4j> {
  return startLocalNeo4j({ home, boltPort: await freePort(), heap: memory.heap, pageCache: memory.pageCache }, log, 180);
}

/** An executor on `uri` (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE), ready to answer. */
export async function benchExecutor(uri: string, log: Logger): Promise<GraphExecutor> {
  const db = new GraphExecutor({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j', log });
  try {
    await db.waitUntilReady(60);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

export async function openBenchDb(log: Logger, memory = BENCH_MEMORY): Promise<BenchDb> {
  let local: LocalNeo4j | null = null;
  let home: string | null = null;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    ensureNeo4jInstalled(log);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-bench-'));
    local = await startBenchNeo4j(home, log, memory);
    uri = local.uri;
  }
  /** Stops the Neo4j this bench started, if any, and removes its temporary home. */
  const dropLocal = async () => {
    await local?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
  let db: GraphExecutor | undefined;
  try {
    db = await benchExecutor(uri, log);
    await setupSchema(db);
  } catch (e) {
    // Started but unusable: stopped and removed (a failed start keeps its home: its error names
    // the logs there).
    await db?.close();
    await dropLocal();
    throw e;
  }
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      await db.close();
      await dropLocal();
      process.removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
    })());
  // Ctrl-C or a kill: stop Neo4j and remove its temporary home (gigabytes at scale) before exiting.
  // Kept until then: tsx passes the terminal's SIGINT on a second time, which would kill at once.
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    log.warn({ signal }, 'bench interrupted: stopping its Neo4j and removing its temporary folder');
    void close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  return { db, local: Boolean(local), uri, close };
}
