// Budget units listed by the document; funding type and staff count are per document (per year),
// so they live on the LISTS_UNIT relationship. $docs: [{key, rows}].
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)
UNWIND doc.rows AS row
MERGE (u:Unit {key: row.key})
  ON CREATE SET u.name = row.name
MERGE (u)-[:IN_DEPARTMENT]->(dep)
CREATE (d)-[r:LISTS_UNIT]->(u)
SET r = row.props
RETURN count(*) AS n
