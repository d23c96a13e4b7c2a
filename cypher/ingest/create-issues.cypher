// Validation and parse issues as data, linked to the facts they involve.
// $docs: [{key, rows}], row.k and row.facts: keys after "<document key>#".
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (i:ValidationIssue {key: doc.key + '#' + row.k})
SET i += row.props
CREATE (i)-[:FROM_DOCUMENT]->(d)
WITH doc, i, row
CALL (doc, i, row) {
  UNWIND row.facts AS factKey
  MATCH (f:Fact {key: doc.key + '#' + factKey})
  CREATE (i)-[:INVOLVES]->(f)
}
RETURN count(*) AS n
