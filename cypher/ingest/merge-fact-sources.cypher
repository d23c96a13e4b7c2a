// The sources of funds the document's facts name, once each: merged before create-facts, which
// only matches them. $docs: [{key, rows: [{key, name}]}].
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
UNWIND doc.rows AS row
MERGE (s:FundSource {key: row.key})
  ON CREATE SET s.name = row.name
RETURN count(*) AS n
