import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { postQuery, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';
import { analyticsChecks } from './examples/checks-analytics.js';
import { budgetChecks } from './examples/checks-budget.js';
import { otherChecks } from './examples/checks-other.js';

/**
 * Every example query of docs/examples runs through the real HTTP server on the seed graph,
 * without errors, and its answer is checked against figures the seed documents state (the
 * checks read them from the text). An example with no check fails.
 */
const DIR = fileURLToPath(new URL('../docs/examples/', import.meta.url));
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => f.slice(0, -'.graphql'.length));
const checks = { ...budgetChecks, ...otherChecks, ...analyticsChecks };

describe('docs/examples: analyst questions answered in one request, checked against the documents', () => {
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

  it('has at least 20 examples, each with a check, a README row and a header naming the question and its source', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(checks).filter((k) => !examples.includes(k))).toEqual([]);
    const readme = readFileSync(`${DIR}README.md`, 'utf8');
    expect(examples.filter((name) => !readme.includes(`](${name}.graphql)`))).toEqual([]);
    for (const name of examples) {
      const text = readFileSync(`${DIR}${name}.graphql`, 'utf8');
      expect(text, name).toMatch(/^# Q: /);
      expect(text, name).toMatch(/^# 问：/m);
      expect(text, name).toMatch(/^# Figures: /m);
    }
  });

  for (const name of examples) {
    it(name, async () => {
      const check = checks[name];
      expect(check, `no check for docs/examples/${name}.graphql`).toBeDefined();
      const query = readFileSync(`${DIR}${name}.graphql`, 'utf8');
      const varsFile = `${DIR}${name}.json`;
      const variables = existsSync(varsFile) ? (JSON.parse(readFileSync(varsFile, 'utf8')) as Record<string, unknown>) : undefined;
      const { status, body } = await postQuery(server.url, query, variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data).toBeTruthy();
      check!(body.data);
    });
  }
});
