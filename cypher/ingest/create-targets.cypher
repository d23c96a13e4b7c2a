// Numeric targets stated in prose (department work targets of a year, plan prose targets).
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (t:Target {key: doc.key + '#' + row.k})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
