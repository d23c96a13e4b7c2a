import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { UserFacingError } from '../errors.js';
import { exportRouter } from '../export/export-router.js';
import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { projectRoot } from '../config/paths.js';
import { apiKeyCheck, requireApiKey } from './http/api-key.js';
import { graphqlEndpoint } from './http/graphql-endpoint.js';
import { buildApiSchema } from './build-schema.js';
import { createContext, type Context } from './context.js';
import { makeFormatError } from './format-error.js';
import { loadExplorerExamples } from './explorer/explorer-examples.js';
import { explorerRouter } from './explorer/explorer-router.js';
import { visualRouter } from './visual/visual-router.js';
import { adminIngestRouter, type AdminIngestOptions } from './admin/ingest.route.js';
import { healthz } from './healthz.js';
import { complexityPlugin } from './limits/complexity.plugin.js';
import { depthLimitRule } from './limits/depth-limit.rule.js';
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
  /** Config API_KEYS: when non-empty, /graphql and /export need one of them (src/api/http/api-key.ts). */
  apiKeys?: readonly string[];
  /** Extra explorer examples, `*.graphql` (default docs/examples/). */
  examplesDir?: string;
  /** Depth, complexity and body-size limits (docs/hardening.md). */
  limits?: ApiLimits;
  /** POST /admin/ingest; without a token it answers 403 (read-only API). */
  admin?: AdminIngestOptions;
}

/**
 * Serves POST/GET /graphql, GET /healthz, the visual explorer (/ and /visual), the GraphiQL explorer (/explorer), the BI exports
 * (/export, docs/exports.md) and POST /admin/ingest (token only). Apollo's CDN landing page is off
 * (offline networks); docs/http.md describes the endpoints, docs/hardening.md the limits.
 */
export async function startHttpServer(db: GraphExecutor, log: Logger, host: string, port: number, options: HttpServerOptions = {}): Promise<HttpServer> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const app = express();
  const server = http.createServer();
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [depthLimitRule(limits.maxDepth), readOnlyRule],
    formatError: makeFormatError(log),
    // budget-graph handles SIGINT/SIGTERM itself (src/cli/serve.ts): stop the API, then the driver and Neo4j.
    stopOnTerminationSignals: false,
    // Cache control off: the API sets no cache hints, and the plugin would wrap every field's resolver.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), complexityPlugin(schema, limits.maxComplexity, limits.maxDepth)],
    // GraphQL over HTTP lets any client GET a query with only an Accept header; Apollo's CSRF
    // check would refuse those. Safe to drop here: the API holds no cookies or ambient
    // credentials (an API key is a header a cross-site page cannot send), reads are public data,
    // and mutations over GET are refused anyway. See docs/http.md.
    csrfPrevention: false,
    // Apollo adds a stack trace (server paths, library versions) to every error unless NODE_ENV is
    // production or test; `npm start` sets neither. Internal errors are logged (format-error.ts).
    includeStacktraceInErrorResponses: false,
    // Apollo turns introspection off when NODE_ENV is production (the Docker image sets it); the
    // schema is public, and the explorer, GraphQL clients and BI connectors read it.
    introspection: true,
  });
  await apollo.start();
  const apiKey = apiKeyCheck(options.apiKeys ?? []);
  const graphql = graphqlEndpoint(apollo, log, { apiKey, maxBodySize: limits.maxBodySize, context: async () => createContext(db, log) });
  // /graphql skips Express (graphql-endpoint.ts says why), but for GET and HEAD: those go through
  // the app, where a browser's GET /graphql gets the explorer page first (and Express's router
  // would answer OPTIONS itself, with the explorer's methods).
  const direct = (req: http.IncomingMessage) => req.method !== 'GET' && req.method !== 'HEAD' && (req.url === '/graphql' || req.url?.startsWith('/graphql?'));
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => (direct(req) ? graphql(req, res) : app(req, res)));
  app.disable('x-powered-by');
  app.get('/healthz', healthz(db));
  app.use(explorerRouter(await loadExplorerExamples(options.examplesDir ?? path.join(projectRoot, 'docs', 'examples'))));
  app.all('/graphql', graphql);
  app.use('/admin', adminIngestRouter(db, log, options.admin ?? { maxSize: '20mb' }));
  app.use(visualRouter());
  app.use('/export', exportRouter({ db, log, schema, guard: requireApiKey(apiKey) }));
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
