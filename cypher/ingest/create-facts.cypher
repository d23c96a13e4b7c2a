// Money facts at the table's grain; amount is an exact decimal string in 万元.
// A fact belongs to a budget unit when its row names one, else to the whole department.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})-[:ISSUED_BY]->(dep:Department)
MATCH (t:SourceTable {key: row.tableKey})
CREATE (f:Fact {key: row.key})
SET f += row.props
CREATE (f)-[:FROM_DOCUMENT]->(d)
CREATE (f)-[:IN_TABLE]->(t)
FOREACH (_ IN CASE WHEN row.unitKey IS NULL THEN [1] ELSE [] END | CREATE (f)-[:OF_DEPARTMENT]->(dep))
FOREACH (_ IN CASE WHEN row.unitKey IS NULL THEN [] ELSE [1] END |
  MERGE (u:Unit {key: row.unitKey})
    ON CREATE SET u.name = row.unitName
  MERGE (u)-[:IN_DEPARTMENT]->(dep)
  CREATE (f)-[:OF_UNIT]->(u))
FOREACH (_ IN CASE WHEN row.sourceKey IS NULL THEN [] ELSE [1] END |
  MERGE (s:FundSource {key: row.sourceKey})
    ON CREATE SET s.name = row.sourceName
  CREATE (f)-[:FROM_SOURCE]->(s))
WITH f, row
OPTIONAL MATCH (c:SubjectCode {key: row.codeKey})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (f)-[:FOR_CODE]->(c))
RETURN count(*) AS n
