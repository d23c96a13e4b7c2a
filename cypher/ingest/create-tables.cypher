// The document's tables, recognised by title and header (role), with their line ranges.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (t:SourceTable {key: row.key})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
