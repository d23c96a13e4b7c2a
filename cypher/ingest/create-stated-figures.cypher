// Figures stated in prose (amount, change against last year), kept beside the tables' figures.
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (s:StatedFigure {key: doc.key + '#' + row.k})
SET s += row.props
CREATE (s)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
