import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { sendRefusal, type Refusal } from './refusal.js';

/** SHA-256 of a key: every digest is 32 bytes, so timingSafeEqual never sees unequal lengths. */
const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** The key a request presents: `X-API-Key: <key>`, else `Authorization: Bearer <key>`. */
function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return m?.[1];
}

/** Why a request may not read graph data, or undefined when it may. */
export type ApiKeyCheck = (headers: IncomingHttpHeaders) => Refusal | undefined;

/**
 * The check of config API_KEYS: with no keys every request passes (the localhost default).
 * Otherwise the presented key is compared as a digest in constant time against every configured
 * key (no early exit, so timing tells nothing about which or how many keys exist), and is never
 * echoed: the 401 body does not repeat it.
 */
export function apiKeyCheck(keys: readonly string[]): ApiKeyCheck {
  if (keys.length === 0) return () => undefined;
  const digests = keys.map(digest);
  return (headers) => {
    const key = presentedKey(headers);
    if (key !== undefined) {
      const d = digest(key);
      let ok = false;
      for (const k of digests) ok = timingSafeEqual(d, k) || ok;
      if (ok) return undefined;
    }
    return {
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="budget-graph"' },
      code: 'UNAUTHENTICATED',
      message: key === undefined ? 'An API key is required: send it as the X-API-Key header (or Authorization: Bearer <key>).' : 'The API key is not valid.',
    };
  };
}

/** The same check as Express middleware, for the routes served through Express (exports). */
export function requireApiKey(check: ApiKeyCheck): RequestHandler {
  return (req, res, next) => {
    const refusal = check(req.headers);
    if (refusal) sendRefusal(res, refusal);
    else next();
  };
}
