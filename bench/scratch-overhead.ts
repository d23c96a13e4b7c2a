import { readFileSync } from 'node:fs';
import { openBenchDb } from './lib/bench-db.js';
import { createLogger } from '../src/log/logger.js';
import { startHttpServer } from '../src/api/http-server.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { seeds } from '../loaders/seed-fixtures.js';
import { parseDocument } from '../loaders/parse-document.js';
import { validateDocument } from '../loaders/validate/validate-document.js';
import { writeDocument } from '../loaders/graph/write-document.js';

const log = createLogger('warn');
const bench = await openBenchDb(log);
for (const s of seeds()) { const d = parseDocument(s.bytes, s.fileName); await writeDocument(bench.db, d, validateDocument(d)); }
const db = new GraphExecutor({ uri: bench.uri, user: 'neo4j', password: '', database: 'neo4j', log });
const server = await startHttpServer(db, createLogger('silent'), '127.0.0.1', 0);
const q07 = readFileSync('docs/examples/16-transfers-by-source-budget.graphql', 'utf8');
const cy07 = readFileSync('cypher/bench/transfers-by-source.cypher', 'utf8');
const post = async (query: string, variables = {}) => { const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }); await r.text(); };
async function time(name: string, f: () => Promise<unknown>, n = 400) {
  for (let i = 0; i < 30; i++) await f();
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await f(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(30), 'p50', ts[n >> 1]!.toFixed(2), 'ms');
}
await time('typename http', () => post('{ __typename }'));
await time('status http', () => post('{ status { documentCount } }'));
await time('q07 http', () => post(q07));
const q02 = readFileSync('docs/examples/02-subject-code-basic-project-rollup.graphql', 'utf8');
const q08 = readFileSync('docs/examples/29-documents-overview.graphql', 'utf8');
const q01 = readFileSync('docs/examples/01-district-transfer-projects.graphql', 'utf8');
await time('q02 http', () => post(q02, { code: '2080116', table: 'GENERAL_PUBLIC_EXPENDITURE' }));
await time('q08 http', () => post(q08));
await time('q01 http', () => post(q01));
await time('q07 cypher driver', () => bench.db.read({ name: 'x', text: cy07 }, { city: '厦门市' }));
await time('RETURN 1 driver', () => bench.db.read({ name: 'x', text: 'RETURN 1' }, {}));
if (process.env.PROFILE) { const { Session } = await import('node:inspector/promises'); const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start'); await time('q08 http (profiled)', () => post(q08), 800); const { profile } = await s.post('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/q08.cpuprofile', JSON.stringify(profile)); }
await server.close(); await db.close(); await bench.close();
