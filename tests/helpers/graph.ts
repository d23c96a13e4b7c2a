import { inject } from 'vitest';
import { GraphExecutor } from '../../src/graph/executor.js';
import { cypher } from '../../src/graph/cypher-files.js';
import { toParams } from '../../src/graph/values.js';
import { createLogger } from '../../src/log/logger.js';

/** An executor on the Neo4j the test run started, ready to answer; `profile`: counting db hits. */
export async function testExecutor({ profile = false } = {}): Promise<GraphExecutor> {
  const db = new GraphExecutor({ uri: inject('neo4jUri'), user: 'neo4j', password: process.env.BUDGET_GRAPH_TEST_NEO4J_PASSWORD ?? '', database: 'neo4j', log: createLogger('warn'), profile });
  await db.waitUntilReady(60);
  return db;
}

/** Empties the test database (tests isolate by cleaning data; Community has one database). */
export async function wipe(db: GraphExecutor): Promise<void> {
  await db.write(cypher('testing/delete-all'));
}

/** The operators of the plan Neo4j would run for a statement (EXPLAIN: nothing is executed). */
export async function planOperators(db: GraphExecutor, st: { text: string }, params: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const { summary } = await session.run(`EXPLAIN ${st.text}`, toParams(params));
    const out: string[] = [];
    const walk = (p: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }) => {
      out.push(`${p.operatorType.replace(/@.*$/, '')} ${String(p.arguments.Details ?? '')}`);
      p.children.forEach((c) => walk(c as typeof p));
    };
    if (summary.plan) walk(summary.plan as unknown as Parameters<typeof walk>[0]);
    return out;
  } finally {
    await session.close();
  }
}
