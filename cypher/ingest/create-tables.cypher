// The document's tables, recognised by title and header (role), with their line ranges.
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (t:SourceTable {key: doc.key + '#' + row.k})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
