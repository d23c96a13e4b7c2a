// Writes the GraphQL schema built from the resolvers to schema/schema.graphql (committed).
// tests/schema-drift.test.ts fails when the two differ: run `npm run schema:emit` and commit.
import fs from 'node:fs';
import { schemaFile } from '../src/config/paths.js';
import { emittedSchemaText } from '../src/api/emit-schema.js';

fs.writeFileSync(schemaFile, await emittedSchemaText());
process.stdout.write(`wrote ${schemaFile}\n`);
