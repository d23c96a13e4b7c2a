// Performance indicators: of a project's budget (ownerKey), else of the document's department
// or fund (scope DEPARTMENT / FUND). target is an exact decimal string; targetRaw as printed.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (i:Indicator {key: row.key})
SET i += row.props
CREATE (i)-[:FROM_DOCUMENT]->(d)
WITH d, i, row
OPTIONAL MATCH (b:ProjectBudget {key: row.ownerKey})
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (b)-[:HAS_INDICATOR]->(i))
FOREACH (_ IN CASE WHEN b IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_INDICATOR]->(i))
RETURN count(*) AS n
