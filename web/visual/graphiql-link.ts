import type { RanQuery } from './graphql-client.js';

/**
 * /explorer?query=…&variables=… : the explorer (public/explorer/explorer-client.js) opens a tab
 * with exactly this query and variables, ready to run with ▶.
 */
export function graphiqlHref(q: RanQuery): string {
  const params = new URLSearchParams({ query: q.query });
  if (Object.keys(q.variables).length > 0) params.set('variables', JSON.stringify(q.variables, null, 2));
  return `/explorer?${params.toString()}`;
}
