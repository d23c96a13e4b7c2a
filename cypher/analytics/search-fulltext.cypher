// Ranked name search over the name_fulltext index (cjk analyzer: character bigrams). $query is
// Lucene syntax built from escaped user text; $labels a closed set; each hit with the documents
// it appears in.
CALL db.index.fulltext.queryNodes('name_fulltext', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS label
WHERE label IS NOT NULL
WITH node, score, label
ORDER BY score DESC, node.key
LIMIT $first
CALL (node) {
  WITH node AS d WHERE d:Document RETURN d
  UNION
  MATCH (node)-[:FROM_DOCUMENT]->(d:Document) RETURN d
  UNION
  MATCH (node)<-[:OF_PROJECT]-(:ProjectBudget)-[:FROM_DOCUMENT]->(d:Document) RETURN d
  UNION
  MATCH (node)<-[:LISTS_UNIT|USES_CODE|ISSUED_BY]-(d:Document) RETURN d
  UNION
  MATCH (node)<-[:OF_UNIT|IMPLEMENTED_BY|PAID_BY|RECEIVED_BY|TRANSFERS_TO]-()-[:FROM_DOCUMENT]->(d:Document) RETURN d
  UNION
  MATCH (node)<-[:OF_GOVERNMENT]-(:Department)<-[:ISSUED_BY]-(d:Document) RETURN d
}
WITH node, score, label, d ORDER BY d.year, d.key
WITH node, score, label, collect(d {.key, .title, .kind, .year, .city}) AS documents
RETURN label, node.key AS key, coalesce(node.name, node.title) AS name, score, documents
ORDER BY score DESC, key
