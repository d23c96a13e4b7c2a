// Plan indicators (专栏 rows): base and target values as printed (decimal strings), cumulative
// ("[60]") and indicative/binding nature.
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (p:PlanIndicator {key: doc.key + '#' + row.k})
SET p += row.props
CREATE (p)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
