import neo4j from 'neo4j-driver';
import { cypher, type Statement } from '../cypher-files.js';
import type { GraphExecutor, Row } from '../executor.js';
import { charCount, escapeLucene } from './lucene.js';
import { SearchLabel } from './vocabulary.js';

export interface SearchDocument {
  key: string;
  title: string | null;
  kind: string | null;
  year: number | null;
  city: string | null;
}

export interface SearchHit {
  label: SearchLabel;
  key: string;
  name: string | null;
  /** Lucene relevance; for one-character queries the share of the name the character covers. */
  score: number;
  documents: SearchDocument[];
}

export const ALL_SEARCH_LABELS = Object.values(SearchLabel);

/**
 * One character cannot be matched by the cjk analyzer (it indexes bigrams): such a query is a
 * CONTAINS over the names of the requested labels, one label-scoped branch each (labels come from
 * the closed set, never from input), ranked by how much of the name the text covers.
 */
function containsStatement(labels: SearchLabel[]): Statement {
  const branches = labels.map((l) => `MATCH (node:${SearchLabel[l]}) WHERE node.name CONTAINS $text OR node.title CONTAINS $text RETURN node, '${SearchLabel[l]}' AS label`);
  const fulltext = cypher('analytics/search-fulltext').text;
  // Reuse the document lookup and result shape of the full-text statement after its first clauses.
  const tail = fulltext.slice(fulltext.indexOf('CALL (node) {'));
  const text = [
    `CALL () { ${branches.join(' UNION ')} }`,
    'WITH node, label, toFloat(size($text)) / size(coalesce(node.name, node.title)) AS score',
    'ORDER BY score DESC, node.key',
    'LIMIT $first',
    tail,
  ].join('\n');
  return { name: 'analytics/search-contains', text };
}

const toHit = (r: Row): SearchHit => ({
  label: r.label as SearchLabel,
  key: String(r.key),
  name: r.name == null ? null : String(r.name),
  score: Number(r.score),
  documents: (r.documents as Record<string, unknown>[]).map((d) => ({
    key: String(d.key),
    title: d.title == null ? null : String(d.title),
    kind: d.kind == null ? null : String(d.kind),
    year: d.year == null ? null : Number(d.year),
    city: d.city == null ? null : String(d.city),
  })),
});

/** Ranked hits for `text` among nodes of `labels` (all when empty). Empty text finds nothing. */
export async function searchNames(db: GraphExecutor, text: string, labels: SearchLabel[], first: number): Promise<SearchHit[]> {
  const t = text.trim();
  if (!t) return [];
  const wanted = labels.length > 0 ? [...new Set(labels)] : ALL_SEARCH_LABELS;
  const params = { labels: wanted, first: neo4j.int(first), text: t, query: escapeLucene(t) };
  const st = charCount(t) === 1 ? containsStatement(wanted) : cypher('analytics/search-fulltext');
  return (await db.read(st, params)).map(toHit);
}
