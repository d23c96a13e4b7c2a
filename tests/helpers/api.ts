import { startHttpServer, type HttpServer, type HttpServerOptions } from '../../src/api/http-server.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { createLogger } from '../../src/log/logger.js';

/** The real HTTP server (Apollo + express) on a free port, over the test executor. */
export function startTestServer(db: GraphExecutor, options?: HttpServerOptions): Promise<HttpServer> {
  return startHttpServer(db, createLogger('silent'), '127.0.0.1', 0, options);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function postQuery<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T> };
}

/** Posts a query that must succeed: throws with the errors when there are any. */
export async function queryData<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await postQuery<T>(url, query, variables);
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
