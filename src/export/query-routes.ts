import { execute, GraphQLError, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import { createContext } from '../api/context.js';
import { makeFormatError } from '../api/format-error.js';
import type { GraphExecutor } from '../graph/executor.js';
import type { Logger } from '../log/logger.js';
import { badParameter } from './export-errors.js';
import { formatParam } from './export-params.js';
import { columnsOf, flattenResult } from './flatten-result.js';
import { variablesFromQuery, VariableParamError } from './query-variables.js';
import { listSavedQueries, readSavedQuery } from './saved-queries.js';
import { writeRows } from './write-rows.js';

/** GET /export/queries: the saved queries' names and URLs. */
export const listQueriesRoute: RequestHandler = (_req, res) => {
  res.json([...listSavedQueries().keys()].map((name) => ({ name, url: `/export/queries/${encodeURIComponent(name)}` })));
};

function firstOperation(doc: DocumentNode): OperationDefinitionNode | undefined {
  return doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

/**
 * GET /export/queries/<name>?format=csv|json&<variables>: runs the saved query (its `<name>.json`
 * holds default variables) through the real
 * schema with a fresh per-request context (its own DataLoaders), then flattens the data to rows.
 * GraphQL errors are formatted by the API's one formatError (masked unless known) and answered
 * 400 (bad input) or 503 (database down) without data.
 */
export function savedQueryRoute(db: GraphExecutor, log: Logger, schema: GraphQLSchema): RequestHandler {
  const formatError = makeFormatError(log);
  return async (req: Request, res: Response) => {
    const name = String(req.params.name);
    const saved = readSavedQuery(name);
    if (saved === undefined) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `No saved query named ${name}: GET /export/queries lists them.` } });
      return;
    }
    const fmt = formatParam.safeParse({ format: req.query.format ?? undefined });
    if (!fmt.success) return badParameter(res, fmt.error);
    const document = parse(saved.source);
    const op = firstOperation(document);
    if (!op || op.operation !== 'query') {
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Saved query ${name} holds no query operation.` } });
      return;
    }
    let variableValues;
    try {
      variableValues = { ...saved.defaults, ...variablesFromQuery(op, req.query, ['format']) };
    } catch (e) {
      if (!(e instanceof VariableParamError)) throw e;
      res.status(400).json({ error: { code: 'BAD_USER_INPUT', parameter: e.parameter, message: e.message } });
      return;
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      log.error({ query: name, errors: invalid.map((e) => e.message) }, 'a saved query does not validate against the schema');
      res.status(500).json({ errors: invalid.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) });
      return;
    }
    const result = await execute({ schema, document, variableValues, operationName: op.name?.value, contextValue: createContext(db, log) });
    if (result.errors?.length && result.data === undefined) {
      // Nothing ran: the variables did not coerce to their declared types (a bad query parameter).
      res.status(400).json({ errors: result.errors.map((e) => ({ message: e.message, extensions: { code: 'BAD_USER_INPUT' } })) });
      return;
    }
    if (result.errors?.length) {
      const errors = result.errors.map((e: GraphQLError) => formatError(e.toJSON(), e));
      const codes = errors.map((e) => e.extensions?.code);
      const status = codes.includes('SERVICE_UNAVAILABLE') ? 503 : codes.every((c) => c === 'BAD_USER_INPUT') ? 400 : 500;
      res.status(status).json({ errors });
      return;
    }
    const rows = flattenResult(result.data ?? {});
    async function* each() {
      yield* rows;
    }
    await writeRows(res, each(), columnsOf(rows), fmt.data.format, name);
  };
}
