import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserFacingError } from '../errors.js';
import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { buildApiSchema } from './build-schema.js';
import { createContext, type Context } from './context.js';
import { makeFormatError } from './format-error.js';
import { adminIngestRouter, type AdminIngestOptions } from './admin/ingest.route.js';
import { healthz } from './healthz.js';
import { complexityPlugin } from './limits/complexity.plugin.js';
import { depthLimitRule } from './limits/depth-limit.rule.js';
import { jsonBody } from './limits/json-body.js';
import { DEFAULT_LIMITS, type ApiLimits } from './limits/query-limits.js';
import { readOnlyRule } from './limits/read-only.rule.js';

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

export interface HttpServerOptions {
  /** Depth, complexity and body-size limits (docs/hardening.md). */
  limits?: ApiLimits;
  /** POST /admin/ingest; without a token it answers 403 (read-only API). */
  admin?: AdminIngestOptions;
}

/** Serves POST/GET /graphql and GET /healthz. Apollo's CDN landing page is off (offline networks). */
export async function startHttpServer(db: GraphExecutor, log: Logger, host: string, port: number, options: HttpServerOptions = {}): Promise<HttpServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const app = express();
  const server = http.createServer(app);
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [depthLimitRule(limits.maxDepth), readOnlyRule],
    formatError: makeFormatError(log),
    // budget-graph handles SIGINT/SIGTERM itself (src/cli/serve.ts): stop the API, then the driver and Neo4j.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled(), complexityPlugin(schema, limits.maxComplexity, limits.maxDepth)],
  });
  await apollo.start();
  app.get('/healthz', healthz(db));
  app.use('/admin', adminIngestRouter(db, log, options.admin ?? { maxSize: '20mb' }));
  app.use('/graphql', ...jsonBody(limits.maxBodySize), expressMiddleware(apollo, { context: async () => createContext(db, log) }));
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
