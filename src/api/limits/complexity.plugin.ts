import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLList, getNullableType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/page-args.js';
import { MemoPerObject } from '../common/memo-per-object.js';
import { jsonDepth } from './input-depth.js';
import { QueryLimitError } from './query-limits.js';

/** Assumed length of a list field without a page size (its own list, e.g. a comparison's points). */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Cost of a field: 1, plus its selection's cost times the number of items it may return.
 * A paged field (`first`) returns up to `first` (default page size) items; the `edges` of a
 * connection are that same page, so they do not multiply again; any other list counts
 * UNPAGED_LIST_ESTIMATE items.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((a) => a.name === 'first')) {
    // Over the cap, the resolver refuses the page (BAD_USER_INPUT) before querying.
    const first = typeof args.first === 'number' ? Math.min(Math.max(0, args.first), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    return 1 + first * childComplexity;
  }
  if (getNullableType(field.type) instanceof GraphQLList && !type.name.endsWith('Connection')) {
    return 1 + UNPAGED_LIST_ESTIMATE * childComplexity;
  }
  return 1 + childComplexity;
};

/** graphql-query-complexity's own cap on selections visited (it throws past it). */
const MAX_QUERY_NODES = 10_000;

/**
 * Refuses, once variables are known and before execution (nothing reaches the database), an
 * operation whose estimated cost exceeds maxComplexity (QUERY_TOO_COMPLEX) or whose variables
 * nest deeper than maxDepth (QUERY_TOO_DEEP, as the depth rule does for literal arguments).
 */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number, maxDepth: number): ApolloServerPlugin {
  // Apollo hands the same parsed document for the same query text (its document cache), so a
  // repeated request (a dashboard, a BI pull) is costed once, not walked again every time.
  const costs = new MemoPerObject<DocumentNode, number>(64);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const depth = jsonDepth(value);
            if (depth > maxDepth) throw new QueryLimitError(`Variable $${name} is nested ${depth} levels deep; the limit is ${maxDepth} (MAX_QUERY_DEPTH).`, 'QUERY_TOO_DEEP');
          }
          const id = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let cost: number;
          try {
            cost = costs.get(document, id, () =>
              getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: request.operationName, estimators: [listSizeEstimator], maxQueryNodes: MAX_QUERY_NODES }),
            );
          } catch (e) {
            if (e instanceof Error && e.message.includes('maximum allowed number of nodes')) {
              throw new QueryLimitError(`The operation selects more than ${MAX_QUERY_NODES} fields; the limit is ${maxComplexity} (MAX_QUERY_COMPLEXITY).`, 'QUERY_TOO_COMPLEX');
            }
            // Invalid variables: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (cost > maxComplexity) {
            throw new QueryLimitError(
              `The operation's estimated cost is ${cost}; the limit is ${maxComplexity} (MAX_QUERY_COMPLEXITY). Ask for smaller pages (first) or fewer nested lists.`,
              'QUERY_TOO_COMPLEX',
            );
          }
        },
      };
    },
  };
}
