/**
 * Ingest benchmark: the seed documents into a Neo4j (a throwaway local one, or NEO4J_URI as is).
 * Per document: seconds per stage and facts per second; as references in the same process, the
 * parse-only time (the pure-CPU baseline) and a second ingest of the same bytes (UNCHANGED).
 * Prints a table and writes bench/results/ingest.json. Timings are reported, never asserted.
 *
 *   npm run bench:ingest
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../loaders/ingest-file.js';
import type { DocumentSummary } from '../loaders/ingest/ingest-types.js';
import { parseDocument } from '../loaders/parse-document.js';
import { renderTable } from '../src/cli/text-table.js';
import { documentsDir, projectRoot } from '../src/config/paths.js';
import { cypher } from '../src/graph/cypher-files.js';
import { serverInfo } from '../src/graph/queries/status.js';
import { createLogger } from '../src/log/logger.js';
import { openBenchDb } from './lib/bench-db.js';

/** Parse-only repetitions per document; the median is the baseline (the first run warms the JIT). */
const PARSE_RUNS = 5;

const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
const files = fs.readdirSync(documentsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(documentsDir, f));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

function parseOnlySeconds(file: string): number {
  const bytes = fs.readFileSync(file);
  const runs: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const t0 = performance.now();
    parseDocument(bytes, path.basename(file));
    runs.push((performance.now() - t0) / 1000);
  }
  return median(runs);
}

const bench = await openBenchDb(log, { heap: '1g', pageCache: '256m' });
const { db } = bench;
const local = bench.local;
const uri = bench.uri;
try {
  const neo4j = await serverInfo(db);
  const baseline = files.map(parseOnlySeconds);
  const ingestAll = async () => (await ingestFiles(files, { mode: 'WRITE', db, log })).map((o) => o.summary);
  // On the throwaway database, a first round on a fresh store pays Neo4j's query planning and
  // JIT once ("cold"); it is then emptied and the measured first ingest runs warm. An external
  // NEO4J_URI is never emptied: there the measured round is the cold one.
  const cold = await ingestAll();
  if (local) await db.write(cypher('testing/delete-all'));
  const first = local ? await ingestAll() : cold;
  const second = await ingestAll();

  const rows = files.map((file, i) => {
    const a = first[i] as DocumentSummary;
    const b = second[i] as DocumentSummary;
    const c = cold[i] as DocumentSummary;
    const facts = a.counts?.facts ?? 0;
    const parseOnly = baseline[i] ?? 0;
    return {
      file: path.basename(file),
      document: a.document ? `${a.document.kind} ${a.document.year}` : null,
      facts,
      status: a.ok ? (a.write?.status ?? null) : `FAILED at ${a.failedStage ?? '?'}`,
      error: a.error ?? b.error,
      parseSeconds: round(a.seconds.parse ?? 0),
      validateSeconds: round(a.seconds.validate ?? 0),
      writeSeconds: round(a.seconds.write ?? 0),
      totalSeconds: round(a.seconds.total),
      factsPerSecond: a.seconds.total > 0 ? Math.round(facts / a.seconds.total) : null,
      coldTotalSeconds: round(c.seconds.total),
      parseOnlySeconds: round(parseOnly),
      ingestToParseOnly: parseOnly > 0 ? round(a.seconds.total / parseOnly, 1) : null,
      secondStatus: b.ok ? (b.write?.status ?? null) : `FAILED at ${b.failedStage ?? '?'}`,
      secondTotalSeconds: round(b.seconds.total),
      secondToFirst: a.seconds.total > 0 ? round(b.seconds.total / a.seconds.total, 2) : null,
    };
  });
  const sum = (k: 'facts' | 'coldTotalSeconds' | 'parseSeconds' | 'validateSeconds' | 'writeSeconds' | 'totalSeconds' | 'parseOnlySeconds' | 'secondTotalSeconds') => rows.reduce((t, r) => t + r[k], 0);
  const totals = {
    facts: sum('facts'),
    parseSeconds: round(sum('parseSeconds')),
    validateSeconds: round(sum('validateSeconds')),
    writeSeconds: round(sum('writeSeconds')),
    totalSeconds: round(sum('totalSeconds')),
    factsPerSecond: sum('totalSeconds') > 0 ? Math.round(sum('facts') / sum('totalSeconds')) : null,
    coldTotalSeconds: round(sum('coldTotalSeconds')),
    parseOnlySeconds: round(sum('parseOnlySeconds')),
    ingestToParseOnly: sum('parseOnlySeconds') > 0 ? round(sum('totalSeconds') / sum('parseOnlySeconds'), 1) : null,
    secondTotalSeconds: round(sum('secondTotalSeconds')),
    secondToFirst: sum('totalSeconds') > 0 ? round(sum('secondTotalSeconds') / sum('totalSeconds'), 2) : null,
  };

  const cell = (x: number | string | null) => (x === null ? '-' : String(x));
  const table = renderTable(
    [
      { header: 'document' }, { header: 'facts', right: true }, { header: 'parse s', right: true }, { header: 'validate s', right: true }, { header: 'write s', right: true },
      { header: 'total s', right: true }, { header: 'facts/s', right: true }, { header: 'cold s', right: true }, { header: 'parse-only s', right: true }, { header: 'total/parse-only', right: true },
      { header: '2nd s', right: true }, { header: '2nd/1st', right: true }, { header: 'status (1st, 2nd)' },
    ],
    [
      ...rows.map((r) => [`${r.file} ${r.document ?? ''}`, cell(r.facts), cell(r.parseSeconds), cell(r.validateSeconds), cell(r.writeSeconds), cell(r.totalSeconds), cell(r.factsPerSecond), cell(r.coldTotalSeconds), cell(r.parseOnlySeconds), cell(r.ingestToParseOnly), cell(r.secondTotalSeconds), cell(r.secondToFirst), `${r.status ?? '-'}, ${r.secondStatus ?? '-'}`]),
      ['total', cell(totals.facts), cell(totals.parseSeconds), cell(totals.validateSeconds), cell(totals.writeSeconds), cell(totals.totalSeconds), cell(totals.factsPerSecond), cell(totals.coldTotalSeconds), cell(totals.parseOnlySeconds), cell(totals.ingestToParseOnly), cell(totals.secondTotalSeconds), cell(totals.secondToFirst), ''],
    ],
  );
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.type()} ${os.release()}`, loadAverage1m: round(os.loadavg()[0] ?? 0, 2) };
  process.stdout.write(`ingest of ${files.length} seed documents into Neo4j ${neo4j.version} ${neo4j.edition} (${local ? 'throwaway local' : uri}); ${machine.cpus} CPUs (load average ${machine.loadAverage1m}: timings are noisy when the machine is busy), node ${machine.node}\n\n${table}`);
  process.stdout.write(
    `\nparse … total s: first ingest${local ? ' (warm: after a cold round on the fresh store, then emptied)' : ''}; cold s: that first round on a fresh store.\n` +
      `parse-only: median of ${PARSE_RUNS} parses, no I/O. total/parse-only: first ingest ÷ parse-only. 2nd: the same bytes again (UNCHANGED expected).\n`,
  );
  const out = path.join(projectRoot, 'bench', 'results', 'ingest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), machine, neo4j: { ...neo4j, local: Boolean(local) }, parseRuns: PARSE_RUNS, warmRound: Boolean(local), documents: rows, totals }, null, 2) + '\n');
  process.stdout.write(`wrote ${path.relative(projectRoot, out)}\n`);
} finally {
  await bench.close();
}
