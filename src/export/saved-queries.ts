import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/paths.js';

/** Saved GraphQL queries: every *.graphql file under docs/ (docs/examples, docs/queries …). */
export const savedQueriesDir = path.join(projectRoot, 'docs');

/** URL-safe names only: a saved query is found by its file's base name, never by a path. */
export const SAVED_QUERY_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,100}$/;

function graphqlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? graphqlFiles(path.join(dir, e.name)) : e.name.endsWith('.graphql') ? [path.join(dir, e.name)] : []));
}

/**
 * The saved queries by name (file base name; when two folders hold the same name, the first in
 * path order wins). Read on each request, so a query file added to docs/ is served at once.
 */
export function listSavedQueries(dir = savedQueriesDir): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of graphqlFiles(dir)) {
    const name = path.basename(file, '.graphql');
    if (SAVED_QUERY_NAME.test(name) && !out.has(name)) out.set(name, file);
  }
  return out;
}

export interface SavedQuery {
  source: string;
  /** Default variables: `<name>.json` beside the query file, when there is one (query parameters override them). */
  defaults: Record<string, unknown>;
}

export function readSavedQuery(name: string, dir = savedQueriesDir): SavedQuery | undefined {
  if (!SAVED_QUERY_NAME.test(name)) return undefined;
  const file = listSavedQueries(dir).get(name);
  if (file === undefined) return undefined;
  const varsFile = file.replace(/\.graphql$/, '.json');
  const defaults: unknown = fs.existsSync(varsFile) ? JSON.parse(fs.readFileSync(varsFile, 'utf8')) : {};
  if (defaults === null || typeof defaults !== 'object' || Array.isArray(defaults)) throw new Error(`${varsFile} must hold a JSON object of variables`);
  return { source: fs.readFileSync(file, 'utf8'), defaults: defaults as Record<string, unknown> };
}
