import type { ErrorRequestHandler, Response } from 'express';
import type { z } from 'zod';
import { GraphUnavailableError } from '../graph/errors.js';
import type { Logger } from '../log/logger.js';
import { describeIssue } from './export-params.js';

/** A 400 naming the bad query parameter. */
export function badParameter(res: Response, error: z.ZodError): void {
  const { parameter, message } = describeIssue(error);
  res.status(400).json({ error: { code: 'BAD_USER_INPUT', parameter, message } });
}

/**
 * Errors of the export routes: the database being down is a 503; anything else is logged and
 * masked. Once rows have been sent, the response can only be cut short.
 */
export function exportErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    void next;
    if (res.headersSent) {
      // A client that hangs up mid-download (a preview, a cancelled refresh) is routine, not an error.
      const hungUp = (err as NodeJS.ErrnoException | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
      if (hungUp) log.info({ path: req.path }, 'client closed the export before its end');
      else log.error({ err, path: req.path }, 'export failed while streaming');
      res.destroy();
      return;
    }
    if (err instanceof GraphUnavailableError) {
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly.' } });
      return;
    }
    log.error({ err, path: req.path }, 'internal error in an export');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  };
}
