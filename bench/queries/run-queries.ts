/**
 * The query benchmark at one scale: for every case, first the three answers are checked equal (a
 * benchmark of different answers is worthless: a mismatch throws), then round trips and database
 * hits of one request (PROFILE), then a closed-loop load of each way with the same method. A fourth
 * load, "a's statements", replays the statements one API request sent straight through the driver
 * (as the floor is run): the database's share of (a), to compare the generated Cypher with the
 * hand-written one apart from GraphQL and HTTP.
 */
import { cypher } from '../../src/graph/cypher-files.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import type { RecordingExecutor } from '../lib/recording-executor.js';
import type { StatementCounter } from '../neo4j-graphql/server.js';
import { canonical, firstDifference } from './canonical.js';
import type { BenchCase } from './cases.js';
import { rowsOf } from './cases.js';
import { closedLoops, type LoadFigures } from './closed-loop.js';
import { postGraphql as post } from './post-graphql.js';

export interface QueryTargets {
  /** budget-graph's API: the timed server, and one over a profiling executor (db hits, statements). */
  a: { url: string; db: GraphExecutor; profiledUrl: string; profiledDb: RecordingExecutor };
  /** Hand-written Cypher through the driver (GraphExecutor), and a profiling executor. */
  b: { db: GraphExecutor; profiledDb: GraphExecutor };
  c: { url: string; counter: StatementCounter };
}

export interface WayFigures extends LoadFigures {
  roundTrips: number;
  dbHits: number;
}

export interface CaseFigures {
  name: string;
  /** Top-level rows of the answer (one for a single object such as a subject code). */
  rows: number;
  a: WayFigures;
  b: WayFigures;
  c: WayFigures;
  /** Set when (c) asked an @cypher field running the floor's statement: why the library needs one. */
  viaCypher?: string;
  /** The statements of one (a) request replayed through the driver, concurrently as the API runs its root fields. */
  aStatements: LoadFigures;
  /** a p50 ÷ b p50 (target ≤ 1.5) and a p50 ÷ c p50 (target ≤ 1). */
  aOverB: number;
  aOverC: number;
  /** aStatements p50 ÷ b p50: the generated Cypher against the hand-written. */
  aStatementsOverB: number;
}

/** One request, counting what it sent: statements (round trips) and database hits under PROFILE. */
async function counted(run: () => Promise<unknown>, counter: () => { roundTrips: number; dbHits: number }): Promise<{ roundTrips: number; dbHits: number }> {
  const before = { ...counter() };
  await run();
  const after = { ...counter() };
  return { roundTrips: after.roundTrips - before.roundTrips, dbHits: after.dbHits - before.dbHits };
}

const WARM_UP = 5;

export async function runQueryCase(k: BenchCase, t: QueryTargets, load: { connections: number; seconds: number; minRequests: number }): Promise<CaseFigures> {
  const askA = () => post(t.a.url, k.a.query, k.a.variables);
  const askB = () => t.b.db.read(cypher(k.b.statement), k.b.params);
  const askC = () => post(t.c.url, k.c.query, k.c.variables);

  // The same answer three ways, or no figures.
  const a = canonical(k.a.rows(await askA()));
  const b = canonical((k.b.rows ?? rowsOf)(await askB()));
  const diffB = firstDifference(a, b);
  if (diffB) throw new Error(`${k.name}: budget-graph and the hand-written Cypher answer differently at ${diffB}`);
  const diffC = firstDifference(a, canonical(k.c.rows(await askC())));
  if (diffC) throw new Error(`${k.name}: budget-graph and @neo4j/graphql answer differently at ${diffC}`);
  const rows = (a as unknown[]).length;

  const statementsA = await counted(askA, () => ({ roundTrips: t.a.db.roundTrips, dbHits: 0 }));
  let reads: Awaited<ReturnType<RecordingExecutor['record']>> = [];
  const hitsA = await counted(async () => (reads = await t.a.profiledDb.record(() => post(t.a.profiledUrl, k.a.query, k.a.variables))), () => ({ roundTrips: t.a.profiledDb.roundTrips, dbHits: t.a.profiledDb.dbHits }));
  const askAStatements = () => Promise.all(reads.map((r) => t.b.db.read(r.st, r.params)));
  const hitsB = await counted(() => t.b.profiledDb.read(cypher(k.b.statement), k.b.params), () => ({ roundTrips: t.b.profiledDb.roundTrips, dbHits: t.b.profiledDb.dbHits }));
  t.c.counter.profile = true;
  const hitsC = await counted(askC, () => t.c.counter);
  t.c.counter.profile = false;

  const asks = [askA, askB, askAStatements, askC];
  for (const ask of asks) for (let i = 0; i < WARM_UP; i++) await ask();
  const [la, lb, ls, lc] = await closedLoops(asks.map((ask) => async () => void (await ask())), load.connections, load.seconds, 3, load.minRequests);
  const fa: WayFigures = { ...la!, roundTrips: statementsA.roundTrips, dbHits: hitsA.dbHits };
  const fb: WayFigures = { ...lb!, roundTrips: hitsB.roundTrips, dbHits: hitsB.dbHits };
  const fc: WayFigures = { ...lc!, ...hitsC };
  const ratio = (x: number, y: number) => Number((x / y).toFixed(2));
  return { name: k.name, rows, a: fa, b: fb, c: fc, viaCypher: k.c.viaCypher, aStatements: ls!, aOverB: ratio(fa.p50, fb.p50), aOverC: ratio(fa.p50, fc.p50), aStatementsOverB: ratio(ls!.p50, fb.p50) };
}

/**
 * What GraphQL over HTTP costs before any database work, as a reference for a/b: `{ __typename }`
 * asked of (a) and (c) under the same load (the floor (b) pays no such cost).
 */
export async function noDatabase(t: QueryTargets, load: { connections: number; seconds: number }): Promise<{ a: LoadFigures; c: LoadFigures }> {
  const asks = [t.a.url, t.c.url].map((url) => () => post(url, '{ __typename }', {}));
  for (const ask of asks) for (let i = 0; i < WARM_UP; i++) await ask();
  const [a, c] = await closedLoops(asks.map((ask) => async () => void (await ask())), load.connections, load.seconds);
  return { a: a!, c: c! };
}
