import type { Config } from '../config/env.js';
import { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { ensureNeo4jInstalled } from '../neo4j-local/install.js';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/launcher.js';

export interface GraphConnection {
  db: GraphExecutor;
  /** The local Neo4j this process started, or null when NEO4J_URI points elsewhere. */
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI set, connects to that server and starts nothing; otherwise fetches Neo4j
 * (first run) and starts it from NEO4J_LOCAL_HOME. Either way returns once a query answers.
 */
export async function connectGraph(config: Config, log: Logger): Promise<GraphConnection> {
  let local: LocalNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    ensureNeo4jInstalled(log);
    local = await startLocalNeo4j(
      { home: config.NEO4J_LOCAL_HOME, boltPort: config.NEO4J_LOCAL_BOLT_PORT, heap: config.NEO4J_LOCAL_HEAP, pageCache: config.NEO4J_LOCAL_PAGECACHE },
      log,
      config.NEO4J_LOCAL_START_TIMEOUT,
    );
    uri = local.uri;
  }
  const db = new GraphExecutor({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, log, queryTimeoutMs: config.QUERY_TIMEOUT_MS, retryMs: config.NEO4J_RETRY_MS });
  try {
    // An external server must answer promptly; a local one may still be opening its store.
    await db.waitUntilReady(local ? config.NEO4J_LOCAL_START_TIMEOUT : 10);
  } catch (e) {
    await db.close();
    await local?.stop();
    throw e;
  }
  log.info({ uri, local: Boolean(local) }, 'connected to Neo4j');
  return {
    db,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
