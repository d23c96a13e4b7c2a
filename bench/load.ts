// Load and soak bench (never part of the tests): the documented queries from many concurrent
// clients against a server on 127.0.0.1 that this script starts (bench/bench-server.ts).
//   npm run bench:load [-- --connections 20 --duration 30]
//   npm run bench:soak [-- --duration 600 --sample 10]
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { docQueries } from './doc-queries.js';

const { values: opts } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    connections: { type: 'string', default: '20' },
    duration: { type: 'string' },
    sample: { type: 'string', default: '10' },
  },
});
const soak = opts.soak;
const connections = Number(opts.connections);
const duration = Number(opts.duration ?? (soak ? 300 : 30));
const sampleEvery = Number(opts.sample);

interface Sample {
  type: 'sample';
  rss: number;
  heapUsed: number;
  roundTrips: number;
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(path.join(import.meta.dirname, 'bench-server.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.on('message', (m: { type?: string; url?: string }) => m.type === 'ready' && resolve({ child, url: m.url! }));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

function sample(child: ChildProcess): Promise<Sample> {
  return new Promise((resolve) => {
    const on = (m: Sample) => {
      if (m.type !== 'sample') return;
      child.off('message', on);
      resolve(m);
    };
    child.on('message', on);
    child.send({ type: 'sample' });
  });
}

const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

const queries = docQueries();
const { child, url } = await startServer();
let graphqlErrors = 0;
const requests = queries.map((q) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: q.query }),
  onResponse: (_status: number, body: string) => {
    if (body.includes('"errors"')) graphqlErrors++;
  },
}));

// One pass first: every query must answer without errors, or the figures mean nothing.
const singleMs: Record<string, number> = {};
for (const q of queries) {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query }) });
  const text = await res.text();
  singleMs[q.name] = Math.round(performance.now() - started);
  if (res.status !== 200 || text.includes('"errors"')) console.error(`warning: ${q.name} answers ${res.status} ${text.slice(0, 200)}`);
}

const samples: (Sample & { t: number })[] = [];
const t0 = Date.now();
samples.push({ ...(await sample(child)), t: 0 });
const timer = setInterval(() => void sample(child).then((s) => samples.push({ ...s, t: Math.round((Date.now() - t0) / 1000) })), sampleEvery * 1000);
const result = await autocannon({ url, connections, duration, requests });
clearInterval(timer);
samples.push({ ...(await sample(child)), t: Math.round((Date.now() - t0) / 1000) });
child.send({ type: 'stop' });
await new Promise((r) => child.once('exit', r));

const first = samples[0]!;
const last = samples.at(-1)!;
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}` },
  command: `npm run ${soak ? 'bench:soak' : 'bench:load'} -- --connections ${connections} --duration ${duration}`,
  /** Each query alone, once, before the load (ms). */
  queries: singleMs,
  connections,
  durationSeconds: duration,
  requests: result.requests.total,
  throughputPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  errors: { transport: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlErrors },
  memory: {
    rssStartMiB: mb(first.rss),
    rssEndMiB: mb(last.rss),
    heapStartMiB: mb(first.heapUsed),
    heapEndMiB: mb(last.heapUsed),
    heapGrowthMiB: mb(last.heapUsed - first.heapUsed),
    samples: soak ? samples.map((s) => ({ t: s.t, rssMiB: mb(s.rss), heapMiB: mb(s.heapUsed) })) : undefined,
  },
};

console.log(`\n${soak ? 'Soak' : 'Load'}: ${queries.length} documented queries, ${connections} connections, ${duration} s, on ${report.machine.cpus} × ${report.machine.cpuModel}\n`);
console.table({
  throughput: { value: `${report.throughputPerSecond} req/s`, note: `${report.requests} requests` },
  'latency p50': { value: `${report.latencyMs.p50} ms`, note: '' },
  'latency p99': { value: `${report.latencyMs.p99} ms`, note: `max ${report.latencyMs.max} ms` },
  errors: { value: report.errors.transport + report.errors.timeouts + report.errors.non2xx + report.errors.graphql, note: JSON.stringify(report.errors) },
  'server RSS': { value: `${report.memory.rssStartMiB} → ${report.memory.rssEndMiB} MiB`, note: '' },
  'server heap (after GC)': { value: `${report.memory.heapStartMiB} → ${report.memory.heapEndMiB} MiB`, note: `growth ${report.memory.heapGrowthMiB} MiB` },
});
console.table(singleMs);
if (soak) console.table(report.memory.samples);
const out = path.join(import.meta.dirname, 'results', soak ? 'soak.json' : 'load.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
console.log(`written ${path.relative(process.cwd(), out)}`);
