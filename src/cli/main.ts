#!/usr/bin/env node
import { Command } from 'commander';
import { ensureNeo4jInstalled } from '../neo4j-local/install.js';
import { ingest, type IngestCommandOptions } from './ingest.js';
import { runCommand } from './run-command.js';
import { serve } from './serve.js';
import { validate } from './validate.js';

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

program
  .command('ingest')
  .description('parse, validate and load budget documents (text files) into the graph, one transaction per file')
  .argument('<files...>', 'document text files')
  .option('--json', 'print the per-document summaries as JSON instead of tables')
  .option('--dry-run', 'parse and validate only; print the parsed records as JSON (no Neo4j is started)')
  .action((files: string[], opts: IngestCommandOptions) => runCommand((config, log) => ingest(files, opts, config, log)));

program
  .command('validate')
  .description("parse and validate one document without a database; print its validation issues (exit 0 even with issues)")
  .argument('<file>', 'document text file')
  .option('--json', 'print the issues as JSON')
  .action((file: string, opts: { json?: boolean }) => runCommand((config, log) => validate(file, opts, config, log)));

await program.parseAsync();
