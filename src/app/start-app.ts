import type { Config } from '../config/env.js';
import { startHttpServer } from '../api/http-server.js';
import { limitsFromConfig } from '../api/limits/query-limits.js';
import { setupSchema } from '../graph/schema-setup.js';
import type { Logger } from '../log/logger.js';
import { connectGraph, type GraphConnection } from './connect-graph.js';
import { loadBundledDocumentsIfEmpty } from './load-bundled-documents.js';

export interface RunningApp {
  url: string;
  graph: GraphConnection;
  /** Stops accepting requests, finishes those in flight, closes the driver, stops the local Neo4j. */
  stop(): Promise<void>;
}

export async function startApp(config: Config, log: Logger): Promise<RunningApp> {
  const graph = await connectGraph(config, log);
  try {
    const n = await setupSchema(graph.db);
    log.info({ statements: n }, 'constraints and indexes in place');
    await loadBundledDocumentsIfEmpty(graph.db, log);
    const http = await startHttpServer(graph.db, log, config.HOST, config.PORT, {
      apiKeys: config.API_KEYS,
      limits: limitsFromConfig(config),
      admin: { token: config.ADMIN_TOKEN, maxSize: config.MAX_INGEST_SIZE },
    });
    log.info({ graphql: `${http.url}/graphql`, explorer: `${http.url}/explorer`, healthz: `${http.url}/healthz`, apiKeys: config.API_KEYS.length > 0 ? 'required' : 'off' }, 'budget-graph API listening');
    return {
      url: http.url,
      graph,
      async stop() {
        await http.close();
        await graph.close();
      },
    };
  } catch (e) {
    await graph.close();
    throw e;
  }
}
