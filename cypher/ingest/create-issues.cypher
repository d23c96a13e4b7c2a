// Validation and parse issues as data, linked to the facts they involve.
// $docs: [{key, rows}], row.k and row.facts: keys after "<document key>#".
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
