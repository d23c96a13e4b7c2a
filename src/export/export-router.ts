import express, { type RequestHandler, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { GraphExecutor } from '../graph/executor.js';
import { EXPORT_TABLES } from '../graph/exports/export-rows.js';
import type { Logger } from '../log/logger.js';
import { exportErrorHandler } from './export-errors.js';
import { budgetCsvRoute, datapackageRoute } from './fdp-routes.js';
import { listQueriesRoute, savedQueryRoute } from './query-routes.js';
import { tableRoute } from './table-routes.js';

export interface ExportRouterOptions {
  db: GraphExecutor;
  log: Logger;
  /** The API's schema: saved queries run through it. */
  schema: GraphQLSchema;
  /** Runs before every export route, e.g. the API-key check (requireApiKey) when keys are enabled. */
  guard?: RequestHandler;
}

/**
 * GET-only exports for BI tools, mounted at /export (docs/exports.md): flat tables as CSV or
 * JSON, saved GraphQL queries as tables, and a Fiscal Data Package.
 */
export function exportRouter({ db, log, schema, guard }: ExportRouterOptions): Router {
  const router = express.Router();
  if (guard) router.use(guard);
  for (const table of EXPORT_TABLES) router.get(`/${table}`, tableRoute(db, table));
  router.get('/queries', listQueriesRoute);
  router.get('/queries/:name', savedQueryRoute(db, log, schema));
  router.get(['/fiscal-data-package', '/fiscal-data-package/datapackage.json'], datapackageRoute);
  router.get('/fiscal-data-package/budget.csv', budgetCsvRoute(db));
  router.use(exportErrorHandler(log));
  return router;
}
