import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emittedSchemaText } from '../src/api/emit-schema.js';
import { schemaFile } from '../src/config/paths.js';

describe('schema/schema.graphql', () => {
  it('is the schema the resolvers emit (run `npm run schema:emit` and commit when this fails)', async () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(await emittedSchemaText());
  });
});
