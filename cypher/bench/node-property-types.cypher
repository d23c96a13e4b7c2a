// Ingest floor (bench/scale/import-floor.ts): the value types of every property per label set,
// for the header of each node CSV file.
MATCH (n)
WITH labels(n) AS labels, n
UNWIND keys(n) AS key
RETURN labels, key, collect(DISTINCT valueType(n[key])) AS types
