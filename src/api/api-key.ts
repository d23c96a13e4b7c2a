import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** SHA-256 of a key: every digest is 32 bytes, so timingSafeEqual never sees unequal lengths. */
const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** The key a request presents: `X-API-Key: <key>`, else `Authorization: Bearer <key>`. */
function presentedKey(req: Request): string | undefined {
  const header = req.get('x-api-key');
  if (header) return header.trim();
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return m?.[1];
}

/**
 * Express middleware that lets a request through only with one of `keys` (config API_KEYS);
 * with no keys it lets everything through (the localhost default). Mount it in front of any
 * endpoint that serves graph data (/graphql, exports). The key is compared as a digest in
 * constant time against every configured key (no early exit, so timing tells nothing about
 * which or how many keys exist) and is never logged: the 401 body does not echo it.
 */
export function requireApiKey(keys: readonly string[]): RequestHandler {
  if (keys.length === 0) return (_req, _res, next) => next();
  const digests = keys.map(digest);
  return (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req);
    if (key !== undefined) {
      const d = digest(key);
      let ok = false;
      for (const k of digests) ok = timingSafeEqual(d, k) || ok;
      if (ok) return next();
    }
    // A GraphQL-shaped error, so GraphQL clients (and the explorer) show it like any other error.
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer realm="budget-graph"')
      .json({
        errors: [
          {
            message: key === undefined ? 'An API key is required: send it as the X-API-Key header (or Authorization: Bearer <key>).' : 'The API key is not valid.',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
  };
}
