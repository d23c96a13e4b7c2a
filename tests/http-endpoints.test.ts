import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import { BUILT_IN_EXAMPLES, loadExplorerExamples } from '../src/api/explorer/explorer-examples.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { startTestServer } from './helpers/api.js';
import { testExecutor } from './helpers/graph.js';

/** Sets NODE_ENV (undefined: unset) while a server starts (Apollo reads it then), then puts it back as it was. */
function setNodeEnv(value: string | undefined): void {
  if (value === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = value;
}
async function serverUnderNodeEnv(db: GraphExecutor, value: string | undefined): Promise<HttpServer> {
  const saved = process.env.NODE_ENV;
  setNodeEnv(value);
  return startTestServer(db).finally(() => setNodeEnv(saved));
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('HTTP endpoints: GET queries, the explorer page and its assets', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  let examplesDir: string;
  beforeAll(async () => {
    db = await testExecutor();
    examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-examples-'));
    fs.writeFileSync(path.join(examplesDir, 'b-status.graphql'), '# What the graph holds\n{ status { nodeCount documentCount } }\n');
    fs.writeFileSync(path.join(examplesDir, 'a-project-by-name.graphql'), 'query($name: String!) { projects(where: { name: { contains: $name } }) { totalCount } }\n');
    fs.writeFileSync(path.join(examplesDir, 'a-project-by-name.json'), '{ "name": "人才" }\n');
    fs.writeFileSync(path.join(examplesDir, 'notes.md'), 'not an example');
    server = await startTestServer(db, { examplesDir });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    fs.rmSync(examplesDir, { recursive: true, force: true });
  });

  it('answers a query over GET with only an Accept header (no CSRF preflight header needed)', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ status { edition } }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await res.json()).toEqual({ data: { status: { edition: 'community' } } });
  });

  it('answers GraphQL without an ETag or an X-Powered-By header; the explorer page keeps its ETag', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    const page = await fetch(`${server.url}/explorer`);
    expect(page.headers.get('etag')).toMatch(/^W\//);
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('answers alike at /graphql, /graphql/ and with a query string, over POST and GET; other methods get 405; /graphql/x is not the API', async () => {
    const query = '{ status { edition } }';
    const answers = [];
    for (const at of ['/graphql', '/graphql/', '/graphql?via=post']) {
      answers.push(await fetch(`${server.url}${at}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }));
    }
    for (const at of ['/graphql', '/graphql/']) answers.push(await fetch(`${server.url}${at}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } }));
    for (const res of answers) {
      expect(res.status, res.url).toBe(200);
      expect(res.headers.get('etag'), res.url).toBeNull();
      expect(await res.json()).toEqual({ data: { status: { edition: 'community' } } });
    }
    // Other methods: Apollo's 405, naming the two it serves.
    for (const method of ['OPTIONS', 'PUT', 'DELETE']) {
      const res = await fetch(`${server.url}/graphql`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('GET, POST');
    }
    const off = await fetch(`${server.url}/graphql/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(off.status).toBe(404);
  });

  it('sends no stack trace with an error, whatever NODE_ENV says (npm start sets none)', async () => {
    const dev = await serverUnderNodeEnv(db, undefined); // Apollo's default adds traces unless NODE_ENV is production or test
    try {
      for (const query of ['{ status { edition } ', '{ status { nope } }', 'query($n: Int!) { status { edition } }']) {
        const res = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
        expect(body.errors.length, query).toBeGreaterThan(0);
        for (const e of body.errors) expect(e.extensions, query).not.toHaveProperty('stacktrace');
      }
    } finally {
      await dev.close();
    }
  });

  it('answers introspection under NODE_ENV=production (the Docker image sets it; the explorer and BI tools read the schema)', async () => {
    const prod = await serverUnderNodeEnv(db, 'production'); // Apollo's default turns introspection off there
    try {
      const res = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } __type(name: "Fact") { name } }' }) });
      const body = (await res.json()) as { data?: { __schema: { queryType: { name: string } }; __type: { name: string } | null }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data?.__schema.queryType.name).toBe('Query');
      expect(body.data?.__type?.name).toBe('Fact');
    } finally {
      await prod.close();
    }
  });

  it('refuses a mutation over GET: 405, Allow: POST, no data', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/GET requests only support query operations/);
  });

  it('serves the explorer at /explorer and to a browser at GET /graphql, with no URL off this server', async () => {
    for (const [url, accept] of [
      [`${server.url}/explorer`, BROWSER_ACCEPT],
      [`${server.url}/graphql`, BROWSER_ACCEPT],
    ] as const) {
      const res = await fetch(url, { headers: { accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await res.text();
      expect(html).toContain('<title>budget-graph explorer</title>');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('gives GraphQL, not the page, to clients that do not ask for HTML', async () => {
    for (const accept of ['*/*', 'application/json']) {
      const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('serves every asset the page loads, with its content type, and nothing outside the closed list', async () => {
    const html = await (await fetch(`${server.url}/explorer`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/explorer\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets).toHaveLength(6);
    for (const a of assets) {
      const res = await fetch(server.url + a);
      expect(res.status, a).toBe(200);
      expect(res.headers.get('content-type'), a).toBe(a.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect((await res.arrayBuffer()).byteLength, a).toBeGreaterThan(100);
    }
    for (const bad of ['/explorer/assets/package.json', '/explorer/assets/..%2F..%2Fpackage.json', '/explorer/assets/nothing.js']) {
      expect((await fetch(server.url + bad)).status, bad).toBe(404);
    }
  });

  it('embeds the built-in examples and every *.graphql of the examples folder, with its variables', async () => {
    const examples = await loadExplorerExamples(examplesDir);
    expect(examples.slice(0, BUILT_IN_EXAMPLES.length)).toEqual(BUILT_IN_EXAMPLES);
    expect(examples.slice(BUILT_IN_EXAMPLES.length)).toEqual([
      { title: 'a project by name', query: expect.stringContaining('projects(where'), variables: '{ "name": "人才" }\n' },
      { title: 'What the graph holds', query: expect.stringContaining('status'), variables: '' },
    ]);
    const html = await (await fetch(`${server.url}/explorer`)).text();
    const embedded = /<script id="explorer-examples" type="application\/json">([^<]*)<\/script>/.exec(html);
    expect(JSON.parse(embedded![1]!)).toEqual(examples);
    await expect(loadExplorerExamples(path.join(examplesDir, 'missing'))).resolves.toEqual(BUILT_IN_EXAMPLES);
  });

  it('offers only built-in examples that are valid against the schema', async () => {
    const schema = await buildApiSchema();
    expect(BUILT_IN_EXAMPLES.length).toBeGreaterThanOrEqual(5);
    for (const e of BUILT_IN_EXAMPLES) expect(validate(schema, parse(e.query)).map((x) => x.message), e.title).toEqual([]);
  });
});
