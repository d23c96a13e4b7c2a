// The document's tables, recognised by title and header (role), with their line ranges.
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (t:SourceTable {key: doc.key + '#' + row.k})
SET t += row.props
CREATE (t)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
