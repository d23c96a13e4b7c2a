// The budget units the document's facts name, once each, in their department: merged
// before create-facts, which only matches them. The first name of a key names a new unit.
// $docs: [{key, rows: [{key, name}]}].
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)
UNWIND doc.rows AS row
MERGE (u:Unit {key: row.key})
  ON CREATE SET u.name = row.name
MERGE (u)-[:IN_DEPARTMENT]->(dep)
RETURN count(*) AS n
