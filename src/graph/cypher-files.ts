import fs from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../config/paths.js';

/** A Cypher statement loaded from cypher/ by its path, e.g. "status/counts". */
export interface Statement {
  name: string;
  text: string;
}

const cache = new Map<string, Statement>();

/** Loads cypher/<name>.cypher once. Statements are parameterised; nothing is spliced in. */
export function cypher(name: string): Statement {
  let st = cache.get(name);
  if (!st) {
    const text = fs.readFileSync(path.join(cypherDir, `${name}.cypher`), 'utf8');
    st = { name, text: stripComments(text).trim() };
    cache.set(name, st);
  }
  return st;
}

/**
 * Loads a file of several statements separated by `;` at line ends (schema scripts).
 */
export function cypherScript(name: string): Statement[] {
  const { text } = cypher(name);
  return text
    .split(/;\s*(?:\n|$)/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => ({ name: `${name}#${i + 1}`, text: t }));
}

/** Drops `//` line comments (file headers explain each statement; Neo4j need not see them). */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
}
