import express from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Refusal } from './refusal.js';

interface BodyError {
  type?: unknown;
  status?: unknown;
  length?: unknown;
  message?: unknown;
}

/**
 * The refusal for a body express.json (body-parser) could not read: 413 PAYLOAD_TOO_LARGE naming
 * the limit and the size, 400 BAD_REQUEST for unreadable JSON, body-parser's own status and
 * message for its other 4xx (an unsupported charset or encoding: 415). Anything else is not the
 * client's fault and is thrown on.
 */
function bodyRefusal(err: unknown, limit: string): Refusal {
  const e = (err ?? {}) as BodyError;
  if (e.type === 'entity.too.large') {
    const size = typeof e.length === 'number' ? `${e.length} bytes` : 'larger';
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The request body is ${size}; the limit is ${limit} (MAX_BODY_SIZE).` };
  }
  if (e.type === 'entity.parse.failed' || e.status === 400) return { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' };
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return { status: e.status, code: 'BAD_REQUEST', message: String(e.message) };
  throw err;
}

/** What reading a body gave: its JSON (`undefined` for none or a non-JSON type: Apollo then says what it needs), or a refusal. */
export type JsonBodyResult = { body: unknown } | { refusal: Refusal };

/** Reads a JSON body of at most `limit` (MAX_BODY_SIZE, e.g. '1mb') with express.json. */
export function jsonBodyReader(limit: string): (req: IncomingMessage, res: ServerResponse) => Promise<JsonBodyResult> {
  const parse = express.json({ limit });
  return (req, res) =>
    new Promise((resolve, reject) => {
      parse(req, res, (err?: unknown) => {
        if (err === undefined) return resolve({ body: (req as { body?: unknown }).body });
        try {
          resolve({ refusal: bodyRefusal(err, limit) });
        } catch (e) {
          reject(e);
        }
      });
    });
}
