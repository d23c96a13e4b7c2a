// Transfer payments from the department or one of its units to a recipient (district, county,
// unit). A link to the project it funds is stated or inferred; FUNDS.inferred tells which.
// $docs: [{key, rows}], row.k / row.project: keys after "<document key>#".
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)-[:OF_GOVERNMENT]->(city:Government)
UNWIND doc.rows AS row
CREATE (t:TransferPayment {key: doc.key + '#' + row.k})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
FOREACH (_ IN CASE WHEN row.payerUnitKey IS NULL THEN [1] ELSE [] END | CREATE (t)-[:PAID_BY]->(dep))
FOREACH (_ IN CASE WHEN row.payerUnitKey IS NULL THEN [] ELSE [1] END |
  MERGE (u:Unit {key: row.payerUnitKey})
    ON CREATE SET u.name = row.payerUnitName
  MERGE (u)-[:IN_DEPARTMENT]->(dep)
  CREATE (t)-[:PAID_BY]->(u))
MERGE (g:Government {key: row.recipient.key})
  ON CREATE SET g.name = row.recipient.name, g.level = row.recipient.level
MERGE (g)-[:PART_OF]->(city)
CREATE (t)-[:RECEIVED_BY]->(g)
FOREACH (_ IN CASE WHEN row.codeKey IS NULL THEN [] ELSE [1] END |
  MERGE (c:SubjectCode {key: row.codeKey})
    ON CREATE SET c.scheme = 'FUNCTIONAL', c.code = row.code, c.name = row.codeName, c.level = CASE size(row.code) WHEN 3 THEN 1 WHEN 5 THEN 2 ELSE 3 END
  CREATE (t)-[:FOR_CODE]->(c))
WITH doc, t, row
OPTIONAL MATCH (b:ProjectBudget {key: doc.key + '#' + row.project})
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END |
  CREATE (t)-[:FUNDS {inferred: row.projectLink IS NOT NULL, method: row.projectLink}]->(b))
RETURN count(*) AS n
