/** A query the page ran, as sent: what "Open in GraphiQL" reproduces. */
export interface RanQuery {
  query: string;
  variables: Record<string, unknown>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Optional API key (docs/http.md): typed once into the page, kept for the session only. */
let apiKey = sessionStorage.getItem('budget-graph-api-key') ?? '';
export function setApiKey(key: string): void {
  apiKey = key.trim();
  sessionStorage.setItem('budget-graph-api-key', apiKey);
}

/** POSTs to the public /graphql API; throws with the API's messages on errors. */
export async function runQuery<T>(q: RanQuery): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers['x-api-key'] = apiKey;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(q) });
  const body = (await res.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error((body.errors ?? [{ message: `HTTP ${res.status}` }]).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
  return body.data;
}
