// Plan indicators (专栏 rows): base and target values as printed (decimal strings), cumulative
// ("[60]") and indicative/binding nature.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (p:PlanIndicator {key: row.key})
SET p += row.props
CREATE (p)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
