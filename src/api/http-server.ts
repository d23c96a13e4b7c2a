import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserFacingError } from '../errors.js';
import { exportRouter } from '../export/export-router.js';
import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { buildApiSchema } from './build-schema.js';
import { createContext, type Context } from './context.js';
import { makeFormatError } from './format-error.js';
import { healthz } from './healthz.js';

export interface HttpServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  url: string;
  close(): Promise<void>;
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new UserFacingError(`Port ${port} on ${host} is already in use: set PORT to a free port, or stop the program using it.`)
          : e,
      ),
    );
    server.listen(port, host, () => resolve());
  });
}

/** Serves POST/GET /graphql, GET /export/* and GET /healthz. Apollo's CDN landing page is off (offline networks). */
export async function startHttpServer(db: GraphExecutor, log: Logger, host: string, port: number): Promise<HttpServer> {
  const app = express();
  const server = http.createServer(app);
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: makeFormatError(log),
    // budget-graph handles SIGINT/SIGTERM itself (src/cli/serve.ts): stop the API, then the driver and Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.get('/healthz', healthz(db));
  // Exports for BI tools (docs/exports.md). When API keys land, pass `guard: requireApiKey` here.
  app.use('/export', exportRouter({ db, log, schema }));
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => createContext(db, log) }));
  await listen(server, host, port);
  const addr = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  return {
    url,
    async close() {
      await apollo.stop(); // drains in-flight requests, then closes the HTTP server
    },
  };
}
