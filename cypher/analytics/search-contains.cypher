// One-character name search: the cjk analyzer indexes bigrams, so one character cannot match
// through name_fulltext. CONTAINS over the names of the requested labels (one label-scoped branch
// each; $labels switches branches off; the TEXT indexes on names answer CONTAINS; only documents
// carry a title), scored by the share of the name the text covers.
CALL () {
  MATCH (node:Government) WHERE 'Government' IN $labels AND node.name CONTAINS $text RETURN node, 'Government' AS label
  UNION
  MATCH (node:Department) WHERE 'Department' IN $labels AND node.name CONTAINS $text RETURN node, 'Department' AS label
  UNION
  MATCH (node:Unit) WHERE 'Unit' IN $labels AND node.name CONTAINS $text RETURN node, 'Unit' AS label
  UNION
  MATCH (node:Project) WHERE 'Project' IN $labels AND node.name CONTAINS $text RETURN node, 'Project' AS label
  UNION
  MATCH (node:SubjectCode) WHERE 'SubjectCode' IN $labels AND node.name CONTAINS $text RETURN node, 'SubjectCode' AS label
  UNION
  MATCH (node:Indicator) WHERE 'Indicator' IN $labels AND node.name CONTAINS $text RETURN node, 'Indicator' AS label
  UNION
  MATCH (node:PlanIndicator) WHERE 'PlanIndicator' IN $labels AND node.name CONTAINS $text RETURN node, 'PlanIndicator' AS label
  UNION
  MATCH (node:Document) WHERE 'Document' IN $labels AND (node.name CONTAINS $text OR node.title CONTAINS $text) RETURN node, 'Document' AS label
}
WITH node, label, toFloat(size($text)) / size(coalesce(node.name, node.title)) AS score
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
