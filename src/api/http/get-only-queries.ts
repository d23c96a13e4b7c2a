import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Refusal } from './refusal.js';

/**
 * GET /graphql carries queries only (GraphQL over HTTP): a GET whose operation is a mutation or
 * subscription gets 405 with `Allow: POST`, before validation (where readOnlyRule would answer
 * 400). A query that does not parse is left to Apollo, which reports it as usual. `search` is the
 * URL's query string, read as Apollo reads it (the first `query`, the first `operationName`).
 */
export function mutationOverGet(search: URLSearchParams): Refusal | undefined {
  const query = search.get('query');
  if (query === null) return undefined;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return undefined;
  }
  const name = search.get('operationName');
  // The operation that would run: the named one, else the only one (several unnamed: Apollo's error).
  const chosen = name ? operations.find((d) => d.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
  if ((chosen?.operation ?? 'query') === 'query') return undefined;
  return { status: 405, headers: { allow: 'POST' }, code: 'BAD_REQUEST', message: 'GET requests only support query operations' };
}
