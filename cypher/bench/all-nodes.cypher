// Ingest floor: every node with its labels and properties (streamed to CSV).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
