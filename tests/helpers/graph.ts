import { inject } from 'vitest';
import { GraphExecutor } from '../../src/graph/executor.js';
import { cypher } from '../../src/graph/cypher-files.js';
import { createLogger } from '../../src/log/logger.js';

/** An executor on the Neo4j the test run started, ready to answer. */
export async function testExecutor(): Promise<GraphExecutor> {
  const db = new GraphExecutor({ uri: inject('neo4jUri'), user: 'neo4j', password: process.env.BUDGET_GRAPH_TEST_NEO4J_PASSWORD ?? '', database: 'neo4j', log: createLogger('warn') });
  await db.waitUntilReady(60);
  return db;
}

/** Empties the test database (tests isolate by cleaning data; Community has one database). */
export async function wipe(db: GraphExecutor): Promise<void> {
  await db.write(cypher('testing/delete-all'));
}
