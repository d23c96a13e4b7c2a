// Numeric targets stated in prose (department work targets of a year, plan prose targets).
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (t:Target {key: row.key})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
