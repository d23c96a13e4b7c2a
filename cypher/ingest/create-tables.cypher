// The document's tables, recognised by title and header (role), with their line ranges.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (t:SourceTable {key: row.key})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
