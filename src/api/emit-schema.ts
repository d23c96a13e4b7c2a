import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from './build-schema.js';

/** The schema as committed in schema/schema.graphql: sorted, so the file diffs cleanly. */
export async function emittedSchemaText(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildApiSchema())) + '\n';
}
