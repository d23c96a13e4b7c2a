// How many documents the graph holds (npm start loads the bundled ones only when none).
MATCH (d:Document) RETURN count(d) AS documents
