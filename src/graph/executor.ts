import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserFacingError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { Statement } from './cypher-files.js';
import { isUnauthorized, isUnavailable, mapGraphError } from './errors.js';
import { recordToPlain, toParams } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  log: Logger;
  /** Server-side limit of each transaction, in ms (Neo4j stops it past this). Unset: no limit. */
  queryTimeoutMs?: number;
  /** How long managed transactions retry while Neo4j is unreachable, in ms (driver default 30 s). */
  retryMs?: number;
  /**
   * Benchmarks only: run every statement under PROFILE and add its database hits to `dbHits`.
   * The statements are the cypher/ files' (never user input); PROFILE changes no result.
   */
  profile?: boolean;
}

/** A transaction handle for callers that run several statements in one unit of work (ingest). */
export interface GraphTx {
  run(st: Statement, params?: Params): Promise<Row[]>;
}

/**
 * The one owner of the driver: sessions, managed transactions (retried on transient errors),
 * value conversion at the boundary, error mapping, and a count of database round trips.
 */
export class GraphExecutor {
  readonly driver: Driver;
  readonly uri: string;
  private readonly database: string;
  private readonly log: Logger;
  private readonly queryTimeoutMs: number | undefined;
  /** Statements sent to the database since start (tests use it to prove batching). */
  roundTrips = 0;
  /** Database hits of the statements run since start, when profiling (ExecutorOptions.profile). */
  dbHits = 0;
  private readonly profile: boolean;
  private readonly retryMs: number;

  constructor(o: ExecutorOptions) {
    this.profile = o.profile ?? false;
    this.retryMs = o.retryMs ?? 3_000;
    this.uri = o.uri;
    this.database = o.database;
    this.log = o.log;
    this.queryTimeoutMs = o.queryTimeoutMs;
    const auth = o.password ? neo4j.auth.basic(o.user, o.password) : undefined;
    this.driver = neo4j.driver(o.uri, auth, {
      // Small pool: 2 cores here; the API batches with DataLoader rather than fanning out.
      maxConnectionPoolSize: 50,
      connectionTimeout: 5_000,
      // Integers arrive as JS numbers, not as one Integer object each to convert (toPlain): every
      // integer the graph stores (years, lines, counts) is far below 2^53; money is decimal text.
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      // While Neo4j is down a request fails after this (SERVICE_UNAVAILABLE) instead of hanging 30 s.
      maxTransactionRetryTime: this.retryMs,
      // The driver's own messages are diagnostics (debug): failures reach users as one mapped sentence.
      logging: { level: 'warn', logger: (level, message) => o.log.debug({ neo4j: true, level }, message) },
    });
  }

  /**
   * Waits until the database answers a query; throws a UserFacingError saying what is wrong
   * (wrong address, wrong credentials, still down after the timeout).
   */
  async waitUntilReady(timeoutSeconds: number): Promise<void> {
    const deadline = Date.now() + timeoutSeconds * 1000;
    for (;;) {
      try {
        await this.driver.executeQuery('RETURN 1', {}, { database: this.database });
        return;
      } catch (e) {
        if (isUnauthorized(e)) {
          throw new UserFacingError(`Neo4j at ${this.uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD.`, { cause: e });
        }
        const retry = isUnavailable(e) || (e instanceof Error && /DatabaseNotFound|not available|starting/i.test(e.message));
        if (!retry || Date.now() > deadline) {
          const msg = e instanceof Error ? e.message : String(e);
          // The driver's message is long; its "Caused by:" part names the real reason.
          const why = (/Caused by: (.*)$/m.exec(msg)?.[1] ?? msg.split('\n')[0] ?? '').trim();
          throw new UserFacingError(`Neo4j at ${this.uri} does not answer (${why}): check NEO4J_URI and that the server is running.`, { cause: e });
        }
        await sleep(500);
      }
    }
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL in one exchange, without the
   * BEGIN and COMMIT of a managed transaction (about half the messages and socket writes: the API
   * sends one statement per DataLoader batch). Retried like a managed transaction: transient
   * errors (database unreachable, leader switch) again until `retryMs` has passed.
   */
  async read(st: Statement, params: Params = {}, operation?: string): Promise<Row[]> {
    const deadline = Date.now() + this.retryMs;
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.roundTrips++;
        this.log.trace({ statement: st.name }, 'cypher');
        const res = await session.run(this.textOf(st), toParams(params), { metadata: { app: 'budget-graph', operation: operation ?? st.name }, timeout: this.queryTimeoutMs });
        if (this.profile) this.dbHits += profileDbHits(res.summary.profile);
        return res.records.map(recordToPlain);
      } catch (e) {
        if (!neo4j.isRetryableError(e) || Date.now() >= deadline) throw mapGraphError(e, this.uri, this.queryTimeoutMs);
        await sleep(Math.min(100 * 2 ** attempt, 1_000));
      } finally {
        await session.close();
      }
    }
  }

  async write(st: Statement, params: Params = {}, operation?: string): Promise<Row[]> {
    return this.inSession('WRITE', operation ?? st.name, (tx) => tx.run(st, params));
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(operation: string, work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', operation, work);
  }

  async readTransaction<T>(operation: string, work: (tx: GraphTx) => Promise<T>): Promise<T> {
    return this.inSession('READ', operation, work);
  }

  /**
   * Streams the rows of one read statement as the driver receives them (its result is an async
   * iterable with back-pressure: records are pulled in batches as the consumer asks), so an
   * export never holds the whole result. Not retried: rows may already have been sent on.
   */
  async *stream(st: Statement, params: Params = {}, operation?: string): AsyncGenerator<Row> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      this.roundTrips++;
      this.log.trace({ statement: st.name }, 'cypher (stream)');
      const result = session.run(this.textOf(st), toParams(params), { metadata: { app: 'budget-graph', operation: operation ?? st.name } });
      for await (const record of result) yield recordToPlain(record);
      if (this.profile) this.dbHits += profileDbHits((await result.summary()).profile);
    } catch (e) {
      throw mapGraphError(e, this.uri);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: GraphTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: { app: 'budget-graph', operation }, timeout: this.queryTimeoutMs };
    const unit = (mtx: ManagedTransaction) => work(this.wrap(mtx));
    try {
      return mode === 'READ' ? await session.executeRead(unit, config) : await session.executeWrite(unit, config);
    } catch (e) {
      throw mapGraphError(e, this.uri, this.queryTimeoutMs);
    } finally {
      await session.close();
    }
  }

  private textOf(st: Statement): string {
    return this.profile ? `PROFILE ${st.text}` : st.text;
  }

  private wrap(mtx: ManagedTransaction): GraphTx {
    return {
      run: async (st, params = {}) => {
        this.roundTrips++;
        this.log.trace({ statement: st.name }, 'cypher');
        const res = await mtx.run(this.textOf(st), toParams(params));
        if (this.profile) this.dbHits += profileDbHits(res.summary.profile);
        return res.records.map(recordToPlain);
      },
    };
  }
}

/** Database hits of a PROFILE plan: its operators' own hits, summed over the whole tree. */
export function profileDbHits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((t, c) => t + profileDbHits(c), 0);
}
