import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docQueries } from '../bench/doc-queries.js';
import { makeFormatError } from '../src/api/format-error.js';
import type { HttpServer } from '../src/api/http-server.js';
import { cypher } from '../src/graph/cypher-files.js';
import { QueryTimeoutError } from '../src/graph/errors.js';
import { GraphExecutor } from '../src/graph/executor.js';
import { createLogger } from '../src/log/logger.js';
import { inject } from 'vitest';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor } from './helpers/graph.js';
import { GraphQLError } from 'graphql';

const deep = (levels: number) => `{ subjectCode(key: "x") { ${'parent { '.repeat(levels)}code${' }'.repeat(levels)} } }`;
const NESTED_PAGES = '{ departments(first: 500) { edges { node { units { facts { amount } } } } } }';

describe('limits on every request, refused before the database', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  beforeAll(async () => {
    db = await testExecutor();
    server = await startTestServer(db, { limits: { maxDepth: 10, maxComplexity: 50_000, maxBodySize: '64kb' }, admin: { maxSize: '1mb' } });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  /** Posts and asserts that no statement reached Neo4j. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = db.roundTrips;
    const res = await postQuery(server.url, query, variables);
    expect(db.roundTrips).toBe(before);
    expect(res.body.data ?? null).toBeNull();
    return { status: res.status, error: res.body.errors?.[0] };
  }

  it('refuses a query nested deeper than MAX_QUERY_DEPTH, naming the limit and the depth', async () => {
    const { status, error } = await refused(deep(12));
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error?.message).toBe('The operation is nested 14 fields deep; the limit is 10 (MAX_QUERY_DEPTH).');
  });

  it('counts fragments toward the depth', async () => {
    const q = `query Deep { subjectCode(key: "x") { ...A } } fragment A on SubjectCode { parent { parent { ...B } } } fragment B on SubjectCode { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } }`;
    const { error } = await refused(q);
    expect(error?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(error?.message).toMatch(/^Operation Deep is nested 11 fields deep; the limit is 10/);
  });

  it('refuses a query whose nested lists multiply past MAX_QUERY_COMPLEXITY, with the cost', async () => {
    const { status, error } = await refused(NESTED_PAGES);
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/^The operation's estimated cost is \d+; the limit is 50000 \(MAX_QUERY_COMPLEXITY\)/);
  });

  it('counts page sizes given as variables', async () => {
    const q = 'query($n: Int) { facts(first: $n) { edges { node { amount unit document { city year } } } } }';
    expect((await postQuery(server.url, q, { n: 10 })).body.errors).toBeUndefined();
    const { error } = await refused('query($n: Int, $m: Int) { departments(first: $n) { edges { node { projects { budgets { name } } } } } facts(first: $m) { totalCount } }', { n: 500, m: 500 });
    expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('judges the same query text again for other variables, and refuses it every time it is too costly', async () => {
    const q = 'query($n: Int) { departments(first: $n) { edges { node { projects { budgets { name } } } } } }';
    for (const round of [1, 2]) {
      expect((await postQuery(server.url, q, { n: 1 })).body.errors, `round ${round}`).toBeUndefined();
      expect((await refused(q, { n: 500 })).error?.extensions?.code, `round ${round}`).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('refuses a page size over 500 as BAD_USER_INPUT before querying', async () => {
    const { error } = await refused('{ projects(first: 501) { totalCount } }');
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('at most 500 nodes per page (got 501)');
  });

  it('refuses a body over MAX_BODY_SIZE with 413 and a JSON error naming the limit', async () => {
    const before = db.roundTrips;
    const big = JSON.stringify({ query: `{ status { version } } # ${'x'.repeat(100_000)}` });
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toBe(`The request body is ${Buffer.byteLength(big)} bytes; the limit is 64kb (MAX_BODY_SIZE).`);
    expect(db.roundTrips).toBe(before);
  });

  it('answers unreadable JSON with 400 BAD_REQUEST', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ status { version } }"' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a body in a charset it cannot read with 415 and a JSON error naming it', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: JSON.stringify({ query: '{ status { version } }' }) });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toContain('LATIN1');
  });

  it('lets every documented query through under the default limits', async () => {
    const defaults = await startTestServer(db);
    try {
      const queries = docQueries();
      expect(queries.length).toBeGreaterThan(5);
      for (const q of queries) {
        const { body } = await postQuery(defaults.url, q.query);
        expect(body.errors?.filter((e) => e.extensions?.code?.startsWith('QUERY_TOO')) ?? [], q.name).toEqual([]);
      }
    } finally {
      await defaults.close();
    }
  });
});

describe('Cypher transaction timeout', () => {
  it('stops a transaction past QUERY_TIMEOUT_MS and says so (QUERY_TIMEOUT)', async () => {
    const db = new GraphExecutor({ uri: inject('neo4jUri'), user: 'neo4j', password: process.env.BUDGET_GRAPH_TEST_NEO4J_PASSWORD ?? '', database: 'neo4j', log: createLogger('silent'), queryTimeoutMs: 300 });
    try {
      const err = await db.read(cypher('testing/slow-read')).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(QueryTimeoutError);
      expect((err as Error).message).toMatch(/^The query ran longer than the 300 ms limit \(QUERY_TIMEOUT_MS\)/);
      const shown = makeFormatError(createLogger('silent'))({ message: 'x', path: ['facts'] }, new GraphQLError('x', { originalError: err as Error, path: ['facts'] }));
      expect(shown.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(shown.message).toBe((err as Error).message);
      // The executor answers normally afterwards.
      expect(await db.read(cypher('status/server-info'))).toHaveLength(1);
    } finally {
      await db.close();
    }
  });
});
