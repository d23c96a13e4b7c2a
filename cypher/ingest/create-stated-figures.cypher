// Figures stated in prose (amount, change against last year), kept beside the tables' figures.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
CREATE (s:StatedFigure {key: row.key})
SET s += row.props
CREATE (s)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
