// Ingest floor: the value types of every property per relationship type (CSV headers).
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS types
