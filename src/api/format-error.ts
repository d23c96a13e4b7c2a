import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BadUserInputError } from '../errors.js';
import { GraphUnavailableError, QueryTimeoutError } from '../graph/errors.js';
import type { Logger } from '../log/logger.js';
import { QueryLimitError } from './limits/query-limits.js';

/**
 * Whether a bad argument caused this error anywhere down its cause chain: a BadUserInputError
 * from a resolver or the query builder, or an input scalar (Decimal) refusing a value, which
 * graphql-js wraps in a validation or variable-coercion error.
 */
function badUserInput(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (e instanceof BadUserInputError) return true;
    const ext = (e as { extensions?: { code?: unknown } }).extensions;
    if (depth > 0 && ext?.code === 'BAD_USER_INPUT') return true;
    e = (e as { originalError?: unknown }).originalError ?? e.cause;
  }
  return false;
}

/** The limit an operation broke, wherever Apollo wrapped it (a validation rule's error is re-coded). */
function limitError(error: unknown): QueryLimitError | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    if (e instanceof QueryLimitError) return e;
    e = (e as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The single place errors become what clients see. Known domain errors keep their code; a bad
 * argument is BAD_USER_INPUT with the argument and reason in the message; GraphQL validation
 * errors pass as they are; anything else is logged and masked, so Cypher and driver messages
 * never reach clients.
 */
export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphUnavailableError) {
      return { ...formatted, message: 'The database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof QueryTimeoutError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
    }
    const limit = limitError(error);
    if (limit) return { message: limit.message, locations: formatted.locations, extensions: { code: limit.limitCode } };
    if (badUserInput(error)) {
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error({ err: original, path: formatted.path }, 'internal error in a GraphQL request');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
