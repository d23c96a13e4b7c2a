import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { startTestServer } from './helpers/api.js';
import { testExecutor } from './helpers/graph.js';

const KEY = 'k-0123456789abcdef-first';
const OTHER_KEY = 'k-fedcba9876543210-second';
const QUERY = JSON.stringify({ query: '{ status { edition } }' });

function post(url: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
}

describe('optional API keys (API_KEYS)', () => {
  let db: GraphExecutor;
  let open: HttpServer;
  let locked: HttpServer;
  beforeAll(async () => {
    db = await testExecutor();
    open = await startTestServer(db);
    locked = await startTestServer(db, { apiKeys: [KEY, OTHER_KEY] });
  });
  afterAll(async () => {
    await open?.close();
    await locked?.close();
    await db?.close();
  });

  it('off (no keys configured): /graphql answers without a key', async () => {
    const res = await post(open.url);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { status: { edition: 'community' } } });
  });

  it('on: a missing key gets 401 with a JSON error saying how to send one', async () => {
    const res = await post(locked.url);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toContain('X-API-Key');
  });

  it('on: a wrong key (also one differing only in length or by a character) gets 401 and is not echoed', async () => {
    for (const wrong of ['nope', KEY.slice(0, -1), KEY + 'x', KEY.toUpperCase()]) {
      for (const headers of [{ 'x-api-key': wrong }, { authorization: `Bearer ${wrong}` }] as Record<string, string>[]) {
        const res = await post(locked.url, headers);
        expect(res.status, JSON.stringify(headers)).toBe(401);
        const text = await res.text();
        expect(text).toContain('UNAUTHENTICATED');
        expect(text).not.toContain(wrong);
      }
    }
  });

  it('on: each configured key works, as X-API-Key or as Authorization: Bearer, for POST and GET', async () => {
    for (const headers of [{ 'x-api-key': KEY }, { 'x-api-key': OTHER_KEY }, { authorization: `Bearer ${KEY}` }, { authorization: `bearer ${OTHER_KEY}` }] as Record<string, string>[]) {
      const res = await post(locked.url, headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await res.json()).toEqual({ data: { status: { edition: 'community' } } });
    }
    const get = await fetch(`${locked.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'x-api-key': KEY } });
    expect(get.status).toBe(200);
    const getWithout = await fetch(`${locked.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(getWithout.status).toBe(401);
  });

  it('on: /healthz and the explorer page (which holds no data) stay open', async () => {
    const health = await fetch(`${locked.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    expect((await fetch(`${locked.url}/explorer`)).status).toBe(200);
    expect((await fetch(`${locked.url}/explorer/assets/graphiql.min.css`)).status).toBe(200);
  });
});
