import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from src/ (tsx, vitest) or dist/src/ (compiled). */
function findRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const parts = here.split(path.sep);
  const i = parts.lastIndexOf('dist');
  const base = i >= 0 ? parts.slice(0, i).join(path.sep) : path.resolve(here, '..', '..');
  return base || path.sep;
}

export const projectRoot = findRoot();
export const cypherDir = path.join(projectRoot, 'cypher');
export const neo4jLocalDir = path.join(projectRoot, 'neo4j-local');
export const documentsDir = path.join(projectRoot, 'data', 'documents');
export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');
