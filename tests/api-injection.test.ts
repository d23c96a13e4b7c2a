import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { graphFingerprint } from './helpers/ingest.js';
import { stringSites, type StringSite } from './helpers/schema-walk.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

/** Strings that would change a query if any reached Cypher (or a Lucene query) as text. */
const INJECTIONS = [
  "' OR 1=1 //",
  '}) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 AS x //",
  '`) MATCH (m) DETACH DELETE m //',
  '$param',
  'name:福州* AND *:* OR x~2 ^3 [a TO z] "',
  '\\',
  '\u0000\u202e𠀀福州\uFEFF',
  'CALL db.clearQueryCaches() //',
];

describe('no user input becomes Cypher text', () => {
  let db: GraphExecutor;
  let server: HttpServer;
  let sites: StringSite[];
  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    server = await startTestServer(db);
    sites = stringSites(await buildApiSchema());
  });
  afterAll(async () => {
    await server.close();
    await wipe(db);
    await db.close();
  });

  it('finds the text arguments by walking the schema', () => {
    expect(sites.length).toBeGreaterThan(100);
    const labels = sites.map((s) => s.label);
    for (const l of ['search(text)', 'project(key)', 'projects(where.name)', 'projects(where.budgetsSome.key)', 'budgetAggregate(where.cities)']) expect(labels).toContain(l);
  });

  it('answers every text argument with data or BAD_USER_INPUT, and the graph is unchanged', async () => {
    const before = await graphFingerprint(db);
    const tripsBefore = db.roundTrips;
    const unexpected: string[] = [];
    for (const site of sites) {
      const vars = INJECTIONS.map((_, i) => `$s${i}: String!`).join(', ');
      const aliases = INJECTIONS.map((_, i) => `a${i}: ${site.field}(${site.args.replaceAll('$s', `$s${i}`)}) ${site.selection}`).join('\n');
      const variables = Object.fromEntries(INJECTIONS.map((s, i) => [`s${i}`, s]));
      const { status, body } = await postQuery(server.url, `query(${vars}) {\n${aliases}\n}`, variables);
      for (const e of body.errors ?? []) if (e.extensions?.code !== 'BAD_USER_INPUT') unexpected.push(`${site.label} → ${status} ${e.extensions?.code}: ${e.message}`);
      if (!body.errors && !body.data) unexpected.push(`${site.label} → ${status} no data`);
    }
    expect(unexpected).toEqual([]);
    // The strings did reach the database, as parameters.
    expect(db.roundTrips - tripsBefore).toBeGreaterThan(sites.length);
    expect(await graphFingerprint(db)).toEqual(before);
  }, 900_000);
});
