import { GraphQLError, type ASTNode } from 'graphql';
import type { Config } from '../../config/env.js';

/** The limits every request is held to, from the environment (src/config/env.ts). */
export interface ApiLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Largest request body, as express understands it ("1mb"). */
  maxBodySize: string;
}

export function limitsFromConfig(c: Config): ApiLimits {
  return { maxDepth: c.MAX_QUERY_DEPTH, maxComplexity: c.MAX_QUERY_COMPLEXITY, maxBodySize: c.MAX_BODY_SIZE };
}

/** Defaults as in src/config/env.ts, for servers started without a config (tests, benches). */
export const DEFAULT_LIMITS: ApiLimits = { maxDepth: 15, maxComplexity: 1_000_000, maxBodySize: '1mb' };

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX';

/**
 * An operation over one of the limits: refused before any resolver runs, so before the database.
 * The message names the limit and the actual value; formatError keeps the code.
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly limitCode: QueryLimitCode,
    nodes?: readonly ASTNode[],
  ) {
    super(message, { nodes, extensions: { code: limitCode, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}
