// Budget units listed by the document; funding type and staff count are per document (per year),
// so they live on the LISTS_UNIT relationship. $docs: [{key, rows}].
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)
UNWIND doc.rows AS row
MERGE (u:Unit {key: row.key})
  ON CREATE SET u.name = row.name
MERGE (u)-[:IN_DEPARTMENT]->(dep)
CREATE (d)-[r:LISTS_UNIT]->(u)
SET r = row.props
RETURN count(*) AS n
