/**
 * The benchmark (`npm run bench`): on one throwaway Neo4j (or NEO4J_URI), in one run,
 *   1. ingest of the seed documents (one transaction each, as `budget-graph ingest` does);
 *   2. the query benchmark at seed scale: budget-graph vs hand-written Cypher vs @neo4j/graphql;
 *   3. ingest of scale data (bench/scale: seed clones per city × department × year, bulk writes),
 *      and the same graph through Neo4j's offline importer as the floor of ingest;
 *   4. the query benchmark again at that scale.
 * Prints tables and writes bench/results/<name>.json (figures, machine, command line).
 *
 *   npm run bench -- --scale cities=20,departments=10,years=5 --duration 5 --connections 4
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { writeDocument, writeDocuments } from '../loaders/graph/write-document.js';
import { parseDocument } from '../loaders/parse-document.js';
import { seeds } from '../loaders/seed-fixtures.js';
import { validateDocument } from '../loaders/validate/validate-document.js';
import { startHttpServer } from '../src/api/http-server.js';
import { projectRoot } from '../src/config/paths.js';
import { cypher } from '../src/graph/cypher-files.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { serverInfo } from '../src/graph/queries/status.js';
import { createLogger } from '../src/log/logger.js';
import { openBenchDb } from './lib/bench-db.js';
import { RecordingExecutor } from './lib/recording-executor.js';
import { markdownReport, type IngestFigures } from './report-markdown.js';
import { startNeo4jGraphql, type StatementCounter } from './neo4j-graphql/server.js';
import { benchCases } from './queries/cases.js';
import type { LoadFigures } from './queries/closed-loop.js';
import { noDatabase, runQueryCase, type CaseFigures } from './queries/run-queries.js';
import { parseScale, scaleDocuments, type Scale } from './scale/generate.js';
import { importFloor } from './scale/import-floor.js';

const program = new Command()
  .name('bench')
  .option('--scale <spec>', 'large scale: cities=N,departments=N,years=N', 'cities=10,departments=10,years=5')
  .option('--duration <seconds>', 'seconds of load per query and way', '3')
  .option('--connections <n>', 'concurrent clients of the closed-loop load', '4')
  .option('--min-requests <n>', 'more turns of load until each way of each query has this many requests', '100')
  .option('--only <part>', 'queries | ingest (default: both)')
  .option('--no-large', 'seed scale only')
  .option('--batch <documents>', 'documents per bulk transaction of the scale load', '100')
  .option('--name <name>', 'results file bench/results/<name>.json', 'bench')
  .parse();
const opts = program.opts<{ scale: string; duration: string; connections: string; minRequests: string; only?: string; large: boolean; batch: string; name: string }>();
if (opts.only && !['queries', 'ingest'].includes(opts.only)) program.error('--only is queries or ingest');
const scale: Scale = parseScale(opts.scale);
const load = { connections: Number(opts.connections), seconds: Number(opts.duration), minRequests: Number(opts.minRequests) };
const doQueries = opts.only !== 'ingest';
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const machine = () => ({ cpuModel: os.cpus()[0]?.model ?? null, cpus: os.cpus().length, memoryGiB: round(os.totalmem() / 2 ** 30, 1), os: `${os.type()} ${os.release()}`, node: process.version, loadAverage: os.loadavg().map((x) => round(x)) });
const startMachine = machine();


const bench = await openBenchDb(log);
const results: { ingest: IngestFigures[]; queries: Record<string, CaseFigures[]>; noDatabase?: { a: LoadFigures; c: LoadFigures } } = { ingest: [], queries: {} };
const closers: (() => Promise<void>)[] = [];
try {
  const neo4j = await serverInfo(bench.db);
  // (a) budget-graph's HTTP server in this process; a second one over a profiling executor.
  const options = (profile: boolean) => ({ uri: bench.uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j', log, profile });
  const dbA = new GraphExecutor(options(false));
  const profiledDb = new RecordingExecutor(options(true));
  closers.push(() => dbA.close(), () => profiledDb.close());
  const serverA = await startHttpServer(dbA, createLogger('silent'), '127.0.0.1', 0);
  const profiledA = await startHttpServer(profiledDb, createLogger('silent'), '127.0.0.1', 0);
  closers.push(() => serverA.close(), () => profiledA.close());
  const counter: StatementCounter = { roundTrips: 0, dbHits: 0, profile: false };
  const serverC = await startNeo4jGraphql(bench.db.driver, counter);
  closers.push(() => serverC.stop());
  const targets = { a: { url: serverA.url, db: dbA, profiledUrl: profiledA.url, profiledDb }, b: { db: bench.db, profiledDb }, c: { url: serverC.url, counter } };

  const queryRun = async (label: string, cities: string[]) => {
    if (!doQueries) return;
    const figures: CaseFigures[] = [];
    for (const k of benchCases(cities)) {
      process.stderr.write(`${label}: ${k.name}\n`);
      figures.push(await runQueryCase(k, targets, load));
    }
    results.queries[label] = figures;
    printQueries(label, figures);
    if (!results.noDatabase) {
      results.noDatabase = await noDatabase(targets, load);
      console.log(`GraphQL over HTTP with no database ({ __typename }): a p50 ${results.noDatabase.a.p50} ms, c p50 ${results.noDatabase.c.p50} ms`);
    }
  };

  // 1. Seeds: one transaction per document, as the CLI ingests (parse and validation timed too).
  // On a fresh store the first round pays Neo4j's query planning ("cold"); on the throwaway
  // database it is then emptied and loaded again ("warm"). An external NEO4J_URI is loaded once.
  for (const round of bench.local ? ['cold', 'warm'] : ['first']) {
    if (round === 'warm') await bench.db.write(cypher('testing/delete-all'));
    const t0 = performance.now();
    const facts: number[] = [];
    for (const s of seeds()) {
      const doc = parseDocument(s.bytes, s.fileName);
      await writeDocument(bench.db, doc, validateDocument(doc));
      facts.push(doc.facts.length);
    }
    results.ingest.push(ingestFigures(`seeds, ${round} (one transaction each)`, facts, performance.now() - t0));
  }
  await queryRun('seed', ['福州市']);

  // 3. Scale data, in bulk transactions of --batch documents (validation included in the time).
  if (opts.large) {
    const facts: number[] = [];
    const batch = Number(opts.batch);
    const t0 = performance.now();
    let pending: Parameters<typeof writeDocuments>[1] = [];
    for (const { doc } of scaleDocuments(scale)) {
      pending.push({ doc, issues: validateDocument(doc) });
      facts.push(doc.facts.length);
      if (pending.length === batch) {
        await writeDocuments(bench.db, pending);
        pending = [];
        process.stderr.write(`\rscale data: ${facts.length} documents`);
      }
    }
    if (pending.length) await writeDocuments(bench.db, pending);
    process.stderr.write('\n');
    results.ingest.push(ingestFigures(`scale ${opts.scale} (bulk, ${batch} per transaction)`, facts, performance.now() - t0));
    // The floor: the whole graph now stored (seeds and scale data) through Neo4j's offline importer.
    process.stderr.write('import floor: exporting the graph, then neo4j-admin import and the index build\n');
    const floor = await importFloor(bench.db, log);
    const seconds = floor.importSeconds + floor.indexSeconds;
    const data = `floor: the same graph through neo4j-admin import (offline, empty store; ${floor.nodes} nodes, ${floor.relationships} relationships), then its constraints and indexes built (import ${round(floor.importSeconds, 1)} s + indexes ${round(floor.indexSeconds, 1)} s; its CSV export, ${round(floor.exportSeconds, 1)} s, not counted)`;
    const documents = facts.length + seeds().length;
    results.ingest.push({ data, documents, facts: floor.facts, seconds: round(seconds), factsPerSecond: Math.round(floor.facts / seconds), secondsPerDocument: round(seconds / documents, 4) });
    await queryRun(`large (${opts.scale})`, ['福州市', '城0001市']);
  }
  console.log('\nIngest');
  console.table(results.ingest);

  const out = path.join(projectRoot, 'bench', 'results', `${opts.name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report = {
    measuredAt: new Date().toISOString(),
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    machine: { ...startMachine, loadAverageStart: startMachine.loadAverage, loadAverageEnd: machine().loadAverage, loadAverage: undefined },
    neo4j: { ...neo4j, local: bench.local },
    load: { method: 'closed loop', ...load, warmUpRequests: 5 },
    ...results,
  };
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(out.replace(/\.json$/, '.md'), markdownReport(results.ingest, results.queries, results.noDatabase));
  console.log(`Neo4j ${neo4j.version} ${neo4j.edition}; ${startMachine.cpus} × ${startMachine.cpuModel}; load average ${startMachine.loadAverage.join(' ')} → ${machine().loadAverage.join(' ')}\nwrote ${path.relative(process.cwd(), out)} and .md`);
} finally {
  for (const close of closers.reverse()) await close();
  await bench.close();
}

function ingestFigures(data: string, facts: number[], ms: number): IngestFigures {
  const total = facts.reduce((t, n) => t + n, 0);
  return { data, documents: facts.length, facts: total, seconds: round(ms / 1000), factsPerSecond: Math.round(total / (ms / 1000)), secondsPerDocument: round(ms / 1000 / facts.length, 4) };
}

function printQueries(label: string, figures: CaseFigures[]): void {
  console.log(`\nQueries at ${label} scale: p50/p99 ms, req/s, round trips (statements) and db hits per request; ${load.connections} clients × ${load.seconds} s each, at least ${load.minRequests} requests`);
  const way = (f: CaseFigures['c']) => `${f.p50}/${f.p99} ms ${f.throughput}/s ${f.roundTrips}rt ${f.dbHits}h`;
  console.table(Object.fromEntries(figures.map((f) => [f.name, { rows: f.rows, 'a budget-graph': way(f.a), 'b Cypher': way(f.b), 'c @neo4j/graphql': way(f.c), 'a/b p50': f.aOverB, 'a/c p50': f.aOverC, "a's statements p50": f.aStatements.p50, "a's statements/b": f.aStatementsOverB }])));
}
