// Numeric targets stated in prose (department work targets of a year, plan prose targets).
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (t:Target {key: row.key})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
