// The budget units the document's facts name, once each, in their department: merged
// before create-facts, which only matches them. The first name of a key names a new unit.
// $docs: [{key, rows: [{key, name}]}].
UNWIND $docs AS doc
MATCH (:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)
UNWIND doc.rows AS row
MERGE (u:Unit {key: row.key})
  ON CREATE SET u.name = row.name
MERGE (u)-[:IN_DEPARTMENT]->(dep)
RETURN count(*) AS n
