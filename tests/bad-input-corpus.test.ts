import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentParseError } from '../loaders/errors.js';
import { seeds } from '../loaders/seed-fixtures.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { setupSchema } from '../src/graph/schema-setup.js';
import { startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { graphFingerprint, ingestBytes } from './helpers/ingest.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

interface Case {
  name: string;
  /** The raw request body (JSON text unless stated). */
  body: string;
  contentType?: string;
  status: number;
  code: string;
  message?: RegExp;
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const nestedNot = (levels: number) => `${'{ NOT: '.repeat(levels)}{ name: { equals: "x" } }${' }'.repeat(levels)}`;
function nestedNotValue(levels: number): object {
  let w: object = { name: { equals: 'x' } };
  for (let i = 0; i < levels; i++) w = { NOT: w };
  return w;
}

/** Requests a client may send by mistake or in malice; each has its one clear answer. */
const CORPUS: Case[] = [
  { name: 'malformed GraphQL', body: json('{ status { version }'), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /Syntax Error: Expected Name, found <EOF>/ },
  { name: 'not GraphQL at all', body: json('SELECT * FROM projects'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an empty query', body: json(''), status: 400, code: 'BAD_REQUEST' },
  { name: 'no query', body: '{}', status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is not a string', body: '{"query": 42}', status: 400, code: 'BAD_REQUEST' },
  { name: 'a batch (array) body', body: `[${json('{ status { version } }')}]`, status: 400, code: 'BAD_REQUEST' },
  { name: 'unreadable JSON', body: '{"query": "{ status }"', status: 400, code: 'BAD_REQUEST', message: /not valid JSON/ },
  { name: 'a text/plain body', body: '{ status { version } }', contentType: 'text/plain', status: 400, code: 'BAD_REQUEST' },
  { name: 'an unknown field', body: json('{ status { version colour } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Cannot query field "colour" on type "DatabaseStatus"/ },
  { name: 'an unknown root field', body: json('{ dropDatabase }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a mutation (the API has none)', body: json('mutation { deleteAll }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /^This API is read-only: it has no mutation operations\.$/ },
  { name: 'an unknown argument', body: json('{ projects(colour: "red") { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a wrong literal type', body: json('{ projects(first: "ten") { totalCount } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Int cannot represent/ },
  { name: 'a wrong variable type', body: json('query($n: Int) { projects(first: $n) { totalCount } }', { n: 'ten' }), status: 400, code: 'BAD_USER_INPUT', message: /Variable "\$n" got invalid value "ten"/ },
  { name: 'a missing required variable', body: json('query($k: String!) { project(key: $k) { name } }', {}), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a malformed Decimal', body: json('{ facts(where: { amount: { gte: "12,5x" } }) { totalCount } }'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a negative page size', body: json('{ facts(first: -1) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT', message: /first: must be 0 or more \(got -1\)/ },
  { name: 'a page size over the cap', body: json('{ facts(first: 100000) { totalCount } }'), status: 200, code: 'BAD_USER_INPUT', message: /at most 500 nodes per page/ },
  { name: 'a forged cursor', body: json('{ facts(after: "b3JkZXI6LTE") { totalCount } }'), status: 200, code: 'BAD_USER_INPUT', message: /is not a cursor this API issued/ },
  { name: 'a query nested 40 fields deep', body: json(`{ subjectCode(key: "x") { ${'parent { '.repeat(40)}code${' }'.repeat(40)} } }`), status: 400, code: 'QUERY_TOO_DEEP', message: /nested 42 fields deep; the limit is 15/ },
  { name: 'a huge query (200 aliased nested lists)', body: json(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: projects(first: 500) { edges { node { budgets { name } } } }`).join(' ')} }`), status: 400, code: 'QUERY_TOO_COMPLEX', message: /the limit is 1000000 \(MAX_QUERY_COMPLEXITY\)/ },
  { name: 'a query of 24 000 fields', body: json(`{ ${Array.from({ length: 12_000 }, (_, i) => `s${i}: status { version }`).join(' ')} }`), status: 400, code: 'QUERY_TOO_COMPLEX', message: /selects more than 10000 fields/ },
  { name: 'a filter nested 200 deep', body: json(`{ projects(where: ${nestedNot(200)}) { totalCount } }`), status: 400, code: 'QUERY_TOO_DEEP', message: /^Argument where is nested 202 levels deep; the limit is 15 \(MAX_QUERY_DEPTH\)\.$/ },
  { name: 'a filter nested 200 deep in a variable', body: json('query($w: ProjectWhere) { projects(where: $w) { totalCount } }', { w: nestedNotValue(200) }), status: 400, code: 'QUERY_TOO_DEEP', message: /Variable \$w is nested 202 levels deep; the limit is 15/ },
  { name: 'an oversized body (2 MB)', body: json(`{ status { version } } # ${'x'.repeat(2 * 1024 * 1024)}`), status: 413, code: 'PAYLOAD_TOO_LARGE', message: /the limit is 1mb \(MAX_BODY_SIZE\)/ },
];

describe('bad-input corpus: each request its clear error, the graph exactly as before', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await wipe(db);
    await db.close();
  });

  it.each(CORPUS)('$name → $status $code', async (c) => {
    const before = await graphFingerprint(db);
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': c.contentType ?? 'application/json' }, body: c.body });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect({ status: res.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: c.status, code: c.code });
    if (c.message) expect(body.errors?.[0]?.message).toMatch(c.message);
    expect(body.data ?? null).toBeNull();
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('refuses broken and truncated documents at parse time, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const seed = seeds()[0]!;
    const broken: [string, Uint8Array][] = [
      ['empty.txt', new Uint8Array(0)],
      ['binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
      ['head-only.txt', seed.bytes.slice(0, 200)],
      ['cut-in-char.txt', seed.bytes.slice(0, seed.bytes.findIndex((b, i) => i > seed.bytes.length / 2 && (b & 0xf0) === 0xe0) + 1)],
    ];
    for (const [name, bytes] of broken) {
      const err = await ingestBytes(db, bytes, name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, name).toBeInstanceOf(DocumentParseError);
      expect((err as Error).message.startsWith(`${name} line`), (err as Error).message).toBe(true);
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('gives the same graph for documents loaded twice and in another order', async () => {
    const all = seeds();
    const once = await graphFingerprint(db); // loadSeedGraph: directory order
    for (const s of all) expect((await ingestBytes(db, s.bytes, s.fileName)).status).toBe('UNCHANGED');
    expect(await graphFingerprint(db)).toEqual(once);
    await wipe(db);
    await setupSchema(db);
    for (const s of [...all].reverse()) await ingestBytes(db, s.bytes, s.fileName);
    for (const s of [all[1]!, all[0]!]) await ingestBytes(db, s.bytes, s.fileName);
    expect(await graphFingerprint(db)).toEqual(once);
  });
});
