/**
 * The floor of ingest: the graph the bench has just loaded, exported to CSV files and written again
 * by Neo4j's offline importer (`neo4j-admin database import full`, from the jars the project
 * fetched) into an empty store in a temporary folder. No transactions, no Cypher, no index upkeep
 * while writing: the fastest this machine writes the same nodes, relationships and properties, as
 * hand-written Cypher is the floor of the query benchmark. The importer creates no constraint or
 * index, so the store is then started and given the project's (setupSchema, as at every start):
 * the same graph, answering alike. Timed: the importer's run (JVM start included) and the index
 * build; the export is reported apart.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { cypher } from '../../src/graph/cypher-files.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { setupSchema } from '../../src/graph/schema-setup.js';
import type { Logger } from '../../src/log/logger.js';
import { neo4jLibDir } from '../../src/neo4j-local/install.js';
import { benchExecutor, startBenchNeo4j } from '../lib/bench-db.js';

export interface ImportFloor {
  nodes: number;
  relationships: number;
  properties: number;
  facts: number;
  exportSeconds: number;
  importSeconds: number;
  /** Building the constraints and indexes on the imported store (at its first start). */
  indexSeconds: number;
}

/** Neo4j's value types (valueType()) as the importer's header types. */
const HEADER_TYPES: Record<string, string> = {
  STRING: 'string',
  INTEGER: 'long',
  FLOAT: 'double',
  BOOLEAN: 'boolean',
  'ZONED DATETIME': 'datetime',
  'LOCAL DATETIME': 'localdatetime',
  DATE: 'date',
};

/**
 * The header type of a property, from the value types it has in the graph: one scalar type, or
 * INTEGER and FLOAT together (a graph loaded before the loader sent whole numbers as integers mixes
 * both: imported as double, every value kept).
 */
function headerType(owner: string, key: string, types: string[]): string {
  let plain = [...new Set(types.map((t) => t.replace(/ NOT NULL$/, '')))];
  if (plain.length === 2 && plain.includes('INTEGER') && plain.includes('FLOAT')) plain = ['FLOAT'];
  const type = plain.length === 1 ? HEADER_TYPES[plain[0]!] : undefined;
  if (!type) throw new Error(`import floor: ${owner}.${key} has value types ${plain.join(', ')}; only one scalar type per property is supported`);
  return type;
}

/**
 * Strings quoted (an empty string as "", kept as a value), null as an empty unquoted field (no
 * property), booleans as true/false, numbers as they are.
 */
const CSV_OPTIONS = { quoted_string: true, cast: { boolean: (b: boolean) => String(b) } };

/** One CSV file of the import: its header written first, rows appended with back-pressure. */
class CsvFile {
  private readonly out: fs.WriteStream;
  rows = 0;
  /** Property values written (cells that are not null), to check against the importer's count. */
  properties = 0;

  constructor(
    readonly file: string,
    readonly keys: string[],
    header: string[],
  ) {
    this.out = fs.createWriteStream(file);
    this.out.write(stringify([header]));
  }

  /** One row: `ids` (the node id, or the relationship's ends), then the property cells. */
  async write(ids: string[], cells: unknown[]): Promise<void> {
    this.rows++;
    for (const c of cells) if (c !== null) this.properties++;
    if (!this.out.write(stringify([[...ids, ...cells]], CSV_OPTIONS))) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}

/** Property keys and header columns per owner (a label set or a relationship type). */
function columnsOf(rows: { owner: string; key: string; types: string[] }[]): Map<string, { keys: string[]; header: string[] }> {
  const out = new Map<string, { keys: string[]; header: string[] }>();
  for (const r of rows) {
    const c = out.get(r.owner) ?? { keys: [], header: [] };
    c.keys.push(r.key);
    c.header.push(`${r.key}:${headerType(r.owner, r.key, r.types)}`);
    out.set(r.owner, c);
  }
  return out;
}

async function exportGraph(db: GraphExecutor, dir: string): Promise<{ nodeFiles: [string, CsvFile][]; relFiles: [string, CsvFile][]; facts: number }> {
  const nodeTypes = (await db.read(cypher('bench/node-property-types'))).map((r) => ({ owner: (r.labels as string[]).join(':'), key: r.key as string, types: r.types as string[] }));
  const relTypes = (await db.read(cypher('bench/relationship-property-types'))).map((r) => ({ owner: r.type as string, key: r.key as string, types: r.types as string[] }));
  /** The file of an owner (created on its first row), its id columns then its property columns. */
  const fileOf = (files: Map<string, CsvFile>, columns: ReturnType<typeof columnsOf>, owner: string, kind: string, idHeader: string[]): CsvFile => {
    let f = files.get(owner);
    if (!f) {
      const c = columns.get(owner) ?? { keys: [], header: [] };
      f = new CsvFile(path.join(dir, `${kind}-${files.size}.csv`), c.keys, [...idHeader, ...c.header]);
      files.set(owner, f);
    }
    return f;
  };
  const cells = (f: CsvFile, props: unknown) => f.keys.map((k) => (props as Record<string, unknown>)[k] ?? null);
  const nodeColumns = columnsOf(nodeTypes);
  const relColumns = columnsOf(relTypes);
  const nodeFiles = new Map<string, CsvFile>();
  const relFiles = new Map<string, CsvFile>();
  let facts = 0;
  for await (const r of db.stream(cypher('bench/all-nodes'))) {
    const labels = r.labels as string[];
    if (labels.includes('Fact')) facts++;
    const f = fileOf(nodeFiles, nodeColumns, labels.join(':'), 'nodes', [':ID']);
    await f.write([r.id as string], cells(f, r.props));
  }
  for await (const r of db.stream(cypher('bench/all-relationships'))) {
    const f = fileOf(relFiles, relColumns, r.type as string, 'relationships', [':START_ID', ':END_ID']);
    await f.write([r.start as string, r.end as string], cells(f, r.props));
  }
  for (const f of [...nodeFiles.values(), ...relFiles.values()]) await f.close();
  return { nodeFiles: [...nodeFiles.entries()], relFiles: [...relFiles.entries()], facts };
}

/** The importer's own message: its output without Java stack frames, last lines first. */
const why = (out: string) => out.split('\n').filter((l) => l.trim() && !/^\s+(at |\.\.\.)/.test(l)).slice(-4).join(' | ');

/** Runs the importer; resolves with its output, rejects with its last lines when it fails. */
function runImport(home: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-cp', path.join(neo4jLibDir, '*'), 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', ...args], {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`neo4j-admin import exited with ${code}: ${why(out)}`))));
  });
}

/** Starts the imported store, builds the project's constraints and indexes on it; their seconds. */
async function buildIndexes(home: string, log: Logger): Promise<number> {
  const local = await startBenchNeo4j(home, log);
  const db = await benchExecutor(local.uri, log).catch(async (e: unknown) => {
    await local.stop();
    throw e;
  });
  try {
    const t = performance.now();
    await setupSchema(db);
    return (performance.now() - t) / 1000;
  } finally {
    await db.close();
    await local.stop();
  }
}

/** Exports the graph `db` holds and imports it into a throwaway store; checks the counts match. */
export async function importFloor(db: GraphExecutor, log: Logger): Promise<ImportFloor> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-import-'));
  const remove = () => fs.rmSync(home, { recursive: true, force: true });
  process.once('exit', remove); // an interrupted bench exits (bench-db) without reaching `finally`
  try {
    fs.mkdirSync(path.join(home, 'conf'));
    fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), `server.directories.data=${path.join(home, 'data')}\nserver.directories.logs=${path.join(home, 'logs')}\n`);
    const t0 = performance.now();
    const { nodeFiles, relFiles, facts } = await exportGraph(db, home);
    const exportSeconds = (performance.now() - t0) / 1000;
    const nodes = nodeFiles.reduce((t, [, f]) => t + f.rows, 0);
    const relationships = relFiles.reduce((t, [, f]) => t + f.rows, 0);
    const properties = [...nodeFiles, ...relFiles].reduce((t, [, f]) => t + f.properties, 0);
    const t1 = performance.now();
    // The database name first: --nodes and --relationships take several files each.
    const out = await runImport(home, [
      'neo4j',
      '--overwrite-destination=true',
      '--multiline-fields=true',
      `--report-file=${path.join(home, 'import.report')}`,
      ...nodeFiles.map(([labels, f]) => `--nodes=${labels}=${f.file}`),
      ...relFiles.map(([type, f]) => `--relationships=${type}=${f.file}`),
    ]);
    const importSeconds = (performance.now() - t1) / 1000;
    const imported = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(out)?.[1] ?? -1);
    if (imported('nodes') !== nodes || imported('relationships') !== relationships || imported('properties') !== properties) {
      throw new Error(`import floor: exported ${nodes} nodes, ${relationships} relationships, ${properties} properties; the importer reports ${imported('nodes')}, ${imported('relationships')}, ${imported('properties')}`);
    }
    const indexSeconds = await buildIndexes(home, log);
    return { nodes, relationships, properties, facts, exportSeconds, importSeconds, indexSeconds };
  } finally {
    process.removeListener('exit', remove);
    remove();
  }
}
