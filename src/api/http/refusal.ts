import type { ServerResponse } from 'node:http';

/**
 * An answer the API gives before GraphQL runs (a missing key, an oversized body, a mutation over
 * GET): its status, any extra headers, and one error in GraphQL's shape, so GraphQL clients and
 * the explorer show it like any other error.
 */
export interface Refusal {
  status: number;
  message: string;
  /** extensions.code, e.g. UNAUTHENTICATED, PAYLOAD_TOO_LARGE, BAD_REQUEST. */
  code: string;
  headers?: Record<string, string>;
}

/** Writes a refusal as `{ errors: [{ message, extensions: { code } }] }` (plain node:http, or an Express response). */
export function sendRefusal(res: ServerResponse, r: Refusal): void {
  const body = JSON.stringify({ errors: [{ message: r.message, extensions: { code: r.code } }] });
  res.writeHead(r.status, { ...r.headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}
