import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import { cypher } from '../src/graph/cypher-files.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';

describe('GraphQL API over HTTP, reading Neo4j', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  beforeAll(async () => {
    db = await testExecutor();
    await wipe(db);
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await wipe(db);
    await db.close();
  });

  it('reports the Neo4j version and counts what the graph holds', async () => {
    const q = '{ status { name version edition nodeCount documentCount } }';
    const before = await postQuery<{ status: { version: string; edition: string; documentCount: number; nodeCount: number } }>(server.url, q);
    expect(before.status).toBe(200);
    expect(before.body.data?.status.version).toMatch(/^5\.26\./);
    expect(before.body.data?.status.edition).toBe('community');
    const docs = before.body.data!.status.documentCount;

    await db.write(cypher('testing/create-document'), { key: 'doc-a', title: '2024年度部门预算' });
    await db.write(cypher('testing/create-document'), { key: 'doc-b', title: '2026年度社保基金预算' });
    const after = await postQuery<{ status: { documentCount: number; nodeCount: number } }>(server.url, q);
    expect(after.body.data?.status.documentCount).toBe(docs + 2);
    expect(after.body.data?.status.nodeCount).toBe(before.body.data!.status.nodeCount + 2);
  });

  it('answers /healthz with the Neo4j version', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true, version: expect.stringMatching(/^5\.26\./) } });
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED and stays up', async () => {
    const bad = await postQuery(server.url, '{ status { noSuchField } }');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const good = await postQuery(server.url, '{ status { version } }');
    expect(good.status).toBe(200);
  });

  it('serves no CDN landing page', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/apollo-server-landing-page|embeddable-sandbox|cdn\./i);
  });
});
