import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { projectRoot } from '../src/config/paths.js';

export interface DocQuery {
  /** Where it comes from: file and block number. */
  name: string;
  query: string;
}

const SOURCES = ['docs/schema-guide.md', 'docs/analytics.md'];

/**
 * The runnable GraphQL operations in the docs: every ```graphql block that parses as an executable
 * document without variables (schema excerpts and paged queries with $after are skipped),
 * plus docs/examples/*.graphql when present.
 */
export function docQueries(): DocQuery[] {
  const out: DocQuery[] = [];
  for (const rel of SOURCES) {
    const text = fs.readFileSync(path.join(projectRoot, rel), 'utf8');
    let i = 0;
    for (const m of text.matchAll(/```graphql\n([\s\S]*?)```/g)) {
      i++;
      const query = m[1]!.trim();
      if (runnable(query)) out.push({ name: `${path.basename(rel)}#${i}`, query });
    }
  }
  const examples = path.join(projectRoot, 'docs', 'examples');
  if (fs.existsSync(examples)) {
    for (const f of fs.readdirSync(examples).filter((x) => x.endsWith('.graphql')).sort()) {
      const query = fs.readFileSync(path.join(examples, f), 'utf8');
      if (runnable(query)) out.push({ name: `examples/${f}`, query });
    }
  }
  return out;
}

function runnable(query: string): boolean {
  try {
    const doc = parse(query);
    return doc.definitions.every((d) => d.kind === 'OperationDefinition' && !d.variableDefinitions?.length);
  } catch {
    return false;
  }
}
