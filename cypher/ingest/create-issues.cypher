// Validation and parse issues as data, linked to the facts they involve.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (i:ValidationIssue {key: row.key})
SET i += row.props
CREATE (i)-[:FROM_DOCUMENT]->(d)
WITH i, row
CALL (i, row) {
  UNWIND row.factKeys AS factKey
  MATCH (f:Fact {key: factKey})
  CREATE (i)-[:INVOLVES]->(f)
}
RETURN count(*) AS n
