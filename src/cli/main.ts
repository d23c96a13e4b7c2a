#!/usr/bin/env node
import { Command } from 'commander';
import { ensureNeo4jInstalled } from '../neo4j-local/install.js';
import { runCommand } from './run-command.js';
import { serve } from './serve.js';

const program = new Command()
  .name('budget-graph')
  .description('A knowledge graph of public budget documents in Neo4j, served through GraphQL.');

program
  .command('serve', { isDefault: true })
  .description('start Neo4j (unless NEO4J_URI is set) and serve the GraphQL API')
  .action(() => runCommand(serve));

program
  .command('install-neo4j')
  .description('fetch Neo4j Community from Maven Central into neo4j-local/lib (done by serve when needed)')
  .action(() => runCommand(async (_config, log) => ensureNeo4jInstalled(log)));

await program.parseAsync();
