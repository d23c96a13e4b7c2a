import type { RequestHandler } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * GET /graphql carries queries only (GraphQL over HTTP): a GET whose operation is a mutation or
 * subscription gets 405 with `Allow: POST`, before validation (where readOnlyRule would answer
 * 400). A query that does not parse is left to Apollo, which reports it as usual.
 */
export function getOnlyQueries(): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : undefined;
    if (typeof query !== 'string') return next();
    let operations: OperationDefinitionNode[];
    try {
      operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    } catch {
      return next();
    }
    const name = typeof req.query.operationName === 'string' ? req.query.operationName : null;
    // The operation that would run: the named one, else the only one (several unnamed: Apollo's error).
    const chosen = name ? operations.find((d) => d.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
    const operation = chosen?.operation ?? 'query';
    if (operation === 'query') return next();
    res.status(405).setHeader('allow', 'POST');
    res.json({ errors: [{ message: 'GET requests only support query operations', extensions: { code: 'BAD_REQUEST' } }] });
  };
}
