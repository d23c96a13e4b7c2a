import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/api/http-server.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { queryData, startTestServer } from './helpers/api.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

interface Budget {
  indicators: { projectBudget: { document: { department: { name: string } } } }[];
  transfers: { transfer: { recipient: { name: string } } }[];
}

describe('DataLoader batching: database round trips grow with the query depth, not with the rows', () => {
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

  it('reads every seed project with budgets, indicators and their owners back up to the department in a handful of statements', async () => {
    // Depth: the list, then one relationship field per level: budgets → indicators → projectBudget → document → department.
    const query = `{ projects(first: 500) { totalCount edges { node { name
      budgets { indicators { projectBudget { document { department { name } } } } } } } } }`;
    const depth = 6;
    const before = db.roundTrips;
    const data = await queryData<{ projects: { totalCount: number; edges: { node: { budgets: Budget[] } }[] } }>(server.url, query);
    const trips = db.roundTrips - before;

    const budgets = data.projects.edges.flatMap((e) => e.node.budgets);
    const indicators = budgets.flatMap((b) => b.indicators);
    const rows = data.projects.edges.length + budgets.length + indicators.length * 3;
    expect(data.projects.edges).toHaveLength(data.projects.totalCount);
    expect(indicators.every((i) => i.projectBudget.document.department.name.endsWith('人力资源和社会保障局'))).toBe(true);
    // Rows far outnumber the bound, so one statement per row (N+1) would fail this test.
    expect(rows).toBeGreaterThan(10 * (depth + 2));
    expect(trips).toBeLessThanOrEqual(depth + 2);
  });

  it('batches sibling fields too: one statement per relationship field, whatever the number of parents', async () => {
    // Relationship fields: project, budgets, indicators, transfers, recipient (5), plus the list.
    const query = `{ projectBudgets(first: 500) { edges { node { project { budgets { indicators { name } transfers { transfer { recipient { name } } } } } } } } }`;
    const before = db.roundTrips;
    const data = await queryData<{ projectBudgets: { edges: { node: { project: { budgets: Budget[] } } }[] } }>(server.url, query);
    const trips = db.roundTrips - before;
    const parents = data.projectBudgets.edges.length;
    expect(parents).toBeGreaterThan(50);
    const funded = data.projectBudgets.edges.flatMap((e) => e.node.project.budgets.flatMap((b) => b.transfers));
    expect(funded.length).toBeGreaterThan(0);
    expect(trips).toBeLessThanOrEqual(1 + 5);
  });

  it('filters relationship fields with the same where shape, still one statement per field', async () => {
    const query = `{ projects(first: 500) { edges { node {
      budgets(where: { year: { equals: 2024 } }) { year indicators(where: { name: { contains: "满意度" }, target: { gte: "90" } }) { name target } } } } }
      matching: projects(first: 0, where: { budgetsSome: { year: { equals: 2024 }, indicatorsSome: { name: { contains: "满意度" }, target: { gte: "90" } } } }) { totalCount } }`;
    const before = db.roundTrips;
    const data = await queryData<{ projects: { edges: { node: { budgets: { year: number; indicators: { name: string; target: string }[] }[] } }[] }; matching: { totalCount: number } }>(server.url, query);
    const trips = db.roundTrips - before;
    const budgets = data.projects.edges.flatMap((e) => e.node.budgets);
    expect(budgets.every((b) => b.year === 2024)).toBe(true);
    const withIndicator = data.projects.edges.filter((e) => e.node.budgets.some((b) => b.indicators.length > 0));
    // The nested filters select exactly the projects the root filter's Some conditions select.
    expect(withIndicator.length).toBe(data.matching.totalCount);
    expect(budgets.flatMap((b) => b.indicators).every((i) => i.name.includes('满意度') && Number(i.target) >= 90)).toBe(true);
    expect(trips).toBeLessThanOrEqual(2 + 2); // two lists, two filtered relationship fields
  });
});
