// Ingest floor: every relationship with its ends and properties (streamed to CSV).
MATCH (a)-[r]->(b)
RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props
