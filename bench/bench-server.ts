// The server under load, as a child process of bench/load.ts so its memory is measured alone:
// starts the app (a local Neo4j in a temporary home unless NEO4J_URI is set) on 127.0.0.1, loads
// the seed documents, sends {ready, url} over IPC, then a memory sample on every {sample} request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDocument } from '../loaders/graph/write-document.js';
import { parseDocument } from '../loaders/parse-document.js';
import { seeds } from '../loaders/seed-fixtures.js';
import { validateDocument } from '../loaders/validate/validate-document.js';
import { startApp } from '../src/app/start-app.js';
import { loadConfig } from '../src/config/env.js';
import { createLogger } from '../src/log/logger.js';
import { freePort } from '../src/neo4j-local/ports.js';

const home = process.env.NEO4J_URI ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-bench-'));
const config = loadConfig({
  NEO4J_LOCAL_HEAP: '512m',
  NEO4J_LOCAL_PAGECACHE: '128m',
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(await freePort()),
  LOG_LEVEL: 'warn',
  ...(home ? { NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_BOLT_PORT: String(await freePort()) } : {}),
});
const app = await startApp(config, createLogger('warn'));
for (const s of seeds()) {
  const doc = parseDocument(s.bytes, s.fileName);
  await writeDocument(app.graph.db, doc, validateDocument(doc));
}

const send = (m: object) => process.send?.(m);
const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (m: { type?: string }) => {
  if (m.type === 'sample') {
    gc?.();
    const mem = process.memoryUsage();
    send({ type: 'sample', rss: mem.rss, heapUsed: mem.heapUsed, roundTrips: app.graph.db.roundTrips });
  }
  if (m.type === 'stop') void stop();
});
async function stop(): Promise<void> {
  await app.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
  process.exit(0);
}
send({ type: 'ready', url: app.url });
