import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../src/log/logger.js';
import { ensureNeo4jInstalled } from '../src/neo4j-local/install.js';
import { startLocalNeo4j, type LocalNeo4j } from '../src/neo4j-local/launcher.js';
import { freePort } from '../src/neo4j-local/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHome: string;
  }
}

let neo4j: LocalNeo4j | undefined;
let home: string | undefined;

/**
 * Starts one throwaway Neo4j for the whole test run: a free port, a temporary data folder,
 * small memory. BUDGET_GRAPH_TEST_NEO4J_URI points the tests at another server instead
 * (its data is wiped by the tests: never point it at a database you care about).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.BUDGET_GRAPH_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jHome', '');
    return async () => {};
  }
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
  ensureNeo4jInstalled(log);
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-graph-test-'));
  neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), heap: '512m', pageCache: '128m' }, log, 180);
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jHome', home);
  return async () => {
    await neo4j?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
}
