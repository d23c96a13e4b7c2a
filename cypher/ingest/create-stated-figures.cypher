// Figures stated in prose (amount, change against last year), kept beside the tables' figures.
MATCH (d:Document {key: $documentKey})
UNWIND $rows AS row
CREATE (s:StatedFigure {key: row.key})
SET s += row.props
CREATE (s)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
