// Plan indicators (专栏 rows): base and target values as printed (decimal strings), cumulative
// ("[60]") and indicative/binding nature.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (p:PlanIndicator {key: row.key})
SET p += row.props
CREATE (p)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
