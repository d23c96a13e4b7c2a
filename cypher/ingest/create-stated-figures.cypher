// Figures stated in prose (amount, change against last year), kept beside the tables' figures.
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (s:StatedFigure {key: doc.key + '#' + row.k})
SET s += row.props
CREATE (s)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
