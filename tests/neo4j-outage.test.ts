import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { createLogger } from '../src/log/logger.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/launcher.js';
import { freePort } from '../src/neo4j-local/ports.js';
import { postQuery, startTestServer } from './helpers/api.js';

const log = createLogger('silent');
const STATUS = '{ status { nodeCount } }';

/**
 * Its own Neo4j (not the shared test server), stopped and started again inside the test:
 * the API must stay up, say SERVICE_UNAVAILABLE while the database is gone, and recover alone.
 */
describe('Neo4j outage', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-outage-'));
  let neo4j: LocalNeo4j | undefined;
  let db: GraphExecutor | undefined;
  let server: HttpServer | undefined;
  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE and /healthz 503 while Neo4j is down, and resumes by itself', async () => {
    const port = await freePort();
    const start = () => startLocalNeo4j({ home, boltPort: port, heap: '256m', pageCache: '64m' }, log, 180);
    neo4j = await start();
    db = new GraphExecutor({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', log, retryMs: 1_000 });
    await db.waitUntilReady(60);
    server = await startTestServer(db);
    const healthz = async () => {
      const res = await fetch(`${server!.url}/healthz`);
      return { status: res.status, body: (await res.json()) as { status: string; neo4j: { reachable: boolean; error?: string } } };
    };

    expect((await postQuery(server.url, STATUS)).body.errors).toBeUndefined();
    expect((await healthz()).status).toBe(200);

    await neo4j.stop();
    neo4j = undefined;

    // Several requests at once while the database is gone: each gets a clear answer, none hangs.
    const down = await Promise.all(Array.from({ length: 10 }, () => postQuery(server!.url, STATUS)));
    for (const { status, body } of down) {
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toBe('The database is unavailable; try again shortly.');
    }
    const h = await healthz();
    expect(h.status).toBe(503);
    expect(h.body).toMatchObject({ status: 'unavailable', neo4j: { reachable: false } });
    expect(h.body.neo4j.error).toMatch(/is not reachable right now/);
    // A bad query still gets its own error: the API itself is up.
    expect((await postQuery(server.url, '{ nope }')).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    neo4j = await start();
    // No restart of the API or the driver: the same server answers again once Neo4j is back.
    let attempts = 0;
    for (;;) {
      attempts++;
      const { body } = await postQuery(server.url, STATUS);
      if (!body.errors) break;
      expect(body.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(attempts).toBeLessThan(120);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect((await healthz()).status).toBe(200);
    // The pool is not stuck with dead connections: many concurrent requests all succeed.
    const after = await Promise.all(Array.from({ length: 60 }, () => postQuery(server!.url, '{ status { nodeCount documentCount } }')));
    expect(after.every((r) => r.status === 200 && !r.body.errors)).toBe(true);
  }, 400_000);
});
