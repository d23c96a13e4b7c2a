// Numeric targets stated in prose (department work targets of a year, plan prose targets).
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (t:Target {key: doc.key + '#' + row.k})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
