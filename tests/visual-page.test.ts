import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import type { HttpServer } from '../src/api/http-server.js';
import { VISUAL_CSP } from '../src/api/visual/visual-page.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { fromMicros, money, sumAmounts, toMicros } from '../web/visual/decimal.js';
import * as queries from '../web/visual/queries.js';
import { startTestServer } from './helpers/api.js';
import { testExecutor } from './helpers/graph.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the visual explorer page: served at / and /visual, offline, from a closed asset list', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  beforeAll(async () => {
    db = await testExecutor();
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('serves the page at / and /visual with a CSP that allows only this server and no inline script', async () => {
    for (const p of ['/', '/visual']) {
      const res = await fetch(server.url + p, { headers: { accept: BROWSER_ACCEPT } });
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(VISUAL_CSP);
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/visual/assets/visual.js"></script>');
      expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/); // no inline script
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//); // nothing off this server
      expect(html).toContain('href="/explorer"');
    }
    expect(VISUAL_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(VISUAL_CSP).not.toMatch(/unsafe-eval/);
  });

  it('serves the bundle (built by npm run build:web) and nothing outside the closed list', async () => {
    for (const [name, type] of [['visual.js', 'text/javascript; charset=utf-8'], ['visual.css', 'text/css; charset=utf-8']] as const) {
      const res = await fetch(`${server.url}/visual/assets/${name}`);
      expect(res.status, `${name}: run npm run build:web`).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    for (const bad of ['/visual/assets/package.json', '/visual/assets/..%2F..%2Fpackage.json', '/visual/assets/visual.ts', '/visual/assets/']) {
      expect((await fetch(server.url + bad)).status, bad).toBe(404);
    }
  });

  it('leaves the other endpoints as they were: /graphql answers JSON clients, /explorer and /healthz are there', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await fetch(`${server.url}/explorer`)).text()).toContain('<title>budget-graph explorer</title>');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('sends only queries the public schema accepts (every view, with its drill-downs)', async () => {
    const schema = await buildApiSchema();
    const texts = [queries.WHERE_THE_MONEY_GOES, queries.PROJECTS_UNDER_CODE, queries.MONEY_FLOWS, queries.TRANSFER_FLOWS, queries.ROWS_BEHIND_LINK, queries.STATED_CHANGES, queries.WHAT_DOES_NOT_ADD_UP, ...Object.values(queries.COMPARE).map((c) => c.query)];
    expect(texts).toHaveLength(11);
    for (const q of texts) expect(validate(schema, parse(q)).map((e) => e.message), q.split('\n')[0]).toEqual([]);
  });
});

describe('exact money in the page (web/visual/decimal.ts)', () => {
  it('sums decimal strings exactly, keeps at least two decimals and the printed scale', () => {
    expect(sumAmounts(['2918.00', '47.00', '194.00', '17513.00', '154.00'])).toBe('20826.00');
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.30'); // 0.1 + 0.2 as floats is 0.30000000000000004
    expect(sumAmounts(['194077.56', '2935.3214', '569.85', '678.18'])).toBe('198260.9114');
    expect(money('800.0')).toBe('800.00');
    expect(money(null)).toBe('—');
    expect(fromMicros(toMicros('-0.0014'))).toBe('-0.0014');
    expect(() => toMicros('1e5')).toThrow(/not a decimal/);
  });
});
