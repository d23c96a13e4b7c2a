import type { Request, Response } from 'express';
import type { GraphExecutor } from '../graph/executor.js';
import { serverInfo } from '../graph/queries/status.js';

/** GET /healthz: 200 with Neo4j's version when it answers, 503 with the reason when not. */
export function healthz(db: GraphExecutor) {
  return async (_req: Request, res: Response) => {
    try {
      const info = await serverInfo(db);
      res.json({ status: 'ok', neo4j: { reachable: true, version: info.version, edition: info.edition } });
    } catch (e) {
      res.status(503).json({ status: 'unavailable', neo4j: { reachable: false, error: e instanceof Error ? e.message.split('\n')[0] : String(e) } });
    }
  };
}
