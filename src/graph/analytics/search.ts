import neo4j from 'neo4j-driver';
import { cypher } from '../cypher-files.js';
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
  // One character cannot form a cjk bigram: CONTAINS instead (cypher/analytics/search-contains).
  const st = cypher(charCount(t) === 1 ? 'analytics/search-contains' : 'analytics/search-fulltext');
  return (await db.read(st, params)).map(toHit);
}
