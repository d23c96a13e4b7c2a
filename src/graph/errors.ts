import { Neo4jError } from 'neo4j-driver';
import { UserFacingError } from '../errors.js';

/** Neo4j cannot be reached (down, restarting, wrong address). Clients see SERVICE_UNAVAILABLE. */
export class GraphUnavailableError extends UserFacingError {
  override name = 'GraphUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE';
}

/** Neo4j ended a transaction that ran past QUERY_TIMEOUT_MS. Clients see QUERY_TIMEOUT. */
export class QueryTimeoutError extends UserFacingError {
  override name = 'QueryTimeoutError';
  readonly code = 'QUERY_TIMEOUT';
}

const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError) return UNAVAILABLE.has(e.code) || e.code.startsWith('Neo.TransientError.Database');
  return e instanceof Error && /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN/.test(e.message);
}

export function isUnauthorized(e: unknown): boolean {
  return e instanceof Neo4jError && (e.code === 'Neo.ClientError.Security.Unauthorized' || e.code === 'Neo.ClientError.Security.AuthenticationRateLimit');
}

/** Maps a driver error to a domain error where one applies; other errors pass through (masked later). */
export function mapGraphError(e: unknown, uri: string, timeoutMs?: number): unknown {
  if (e instanceof Neo4jError && TIMED_OUT.has(e.code)) {
    return new QueryTimeoutError(`The query ran longer than the ${timeoutMs ?? 'configured'} ms limit (QUERY_TIMEOUT_MS) and was stopped; narrow it with filters or smaller pages.`, { cause: e });
  }
  if (isUnavailable(e)) return new GraphUnavailableError(`Neo4j at ${uri} is not reachable right now.`, { cause: e });
  return e;
}
