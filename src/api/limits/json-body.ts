import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

interface BodyError {
  type?: unknown;
  status?: unknown;
  limit?: unknown;
  length?: unknown;
}

/**
 * express.json with the configured size limit, and its failures as a GraphQL-shaped JSON error:
 * 413 PAYLOAD_TOO_LARGE naming the limit and the size, 400 BAD_REQUEST for unreadable JSON.
 */
export function jsonBody(limit: string): [RequestHandler, ErrorRequestHandler] {
  const onError: ErrorRequestHandler = (err: unknown, _req, res, next) => {
    const e = (err ?? {}) as BodyError;
    if (e.type === 'entity.too.large') {
      const size = typeof e.length === 'number' ? `${e.length} bytes` : 'larger';
      res.status(413).json({ errors: [{ message: `The request body is ${size}; the limit is ${limit} (MAX_BODY_SIZE).`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    if (e.type === 'entity.parse.failed' || e.status === 400) {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next(err);
  };
  return [express.json({ limit }), onError];
}
