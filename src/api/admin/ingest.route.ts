import express, { type Request, type Response, type Router } from 'express';
import { DocumentParseError } from '../../../loaders/errors.js';
import { writeDocument } from '../../../loaders/graph/write-document.js';
import { parseDocument } from '../../../loaders/parse-document.js';
import { validateDocument } from '../../../loaders/validate/validate-document.js';
import type { GraphExecutor } from '../../graph/executor.js';
import { GraphUnavailableError } from '../../graph/errors.js';
import type { Logger } from '../../log/logger.js';
import { bearerMatches } from './token-check.js';

export interface AdminIngestOptions {
  /** Unset: writes are disabled and the API is read-only. */
  token?: string;
  /** Largest document accepted ("20mb"). */
  maxSize: string;
}

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** A file name for messages and the Document node: the `name` query parameter, plain characters only. */
function fileNameOf(req: Request): string {
  const name = typeof req.query.name === 'string' ? req.query.name : '';
  return /^[\p{L}\p{N}._-]{1,200}$/u.test(name) ? name : 'upload.txt';
}

/**
 * POST /admin/ingest: the body is one document's text (UTF-8), written through the same
 * parse → validate → write as the CLI, in one transaction (a broken document changes nothing).
 * Disabled (403) unless ADMIN_TOKEN is set; a missing or wrong token is 401. The token is never logged.
 */
export function adminIngestRouter(db: GraphExecutor, log: Logger, o: AdminIngestOptions): Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: o.maxSize });
  router.post('/ingest', async (req, res, next) => {
    if (!o.token) return fail(res, 403, 'FORBIDDEN', 'This API is read-only: POST /admin/ingest is enabled only when the server runs with ADMIN_TOKEN set.');
    if (!bearerMatches(req.get('authorization'), o.token)) return fail(res, 401, 'UNAUTHENTICATED', 'POST /admin/ingest needs the header "Authorization: Bearer <ADMIN_TOKEN>".');
    raw(req, res, (err?: unknown) => (err ? next(err) : void ingest(req, res)));
  });
  router.use((err: { type?: unknown }, _req: Request, res: Response, next: (e: unknown) => void) => {
    if (err.type === 'entity.too.large') return fail(res, 413, 'PAYLOAD_TOO_LARGE', `The document is larger than ${o.maxSize} (MAX_INGEST_SIZE).`);
    next(err);
  });

  async function ingest(req: Request, res: Response): Promise<void> {
    const bytes: unknown = req.body;
    if (!(bytes instanceof Buffer) || bytes.length === 0) {
      fail(res, 400, 'BAD_USER_INPUT', 'The request body must be the text of one budget document.');
      return;
    }
    const fileName = fileNameOf(req);
    try {
      const doc = parseDocument(bytes, fileName);
      const issues = validateDocument(doc);
      const result = await writeDocument(db, doc, issues);
      log.info({ document: result.documentKey, status: result.status }, 'document ingested over HTTP');
      res.json({ ...result, validationIssues: issues.length });
    } catch (e) {
      if (e instanceof DocumentParseError) fail(res, 400, 'BAD_USER_INPUT', e.message);
      else if (e instanceof GraphUnavailableError) fail(res, 503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
      else {
        log.error({ err: e, fileName }, 'ingest over HTTP failed');
        fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      }
    }
  }
  return router;
}
