// Fact.table: the SourceTable nodes related by IN_TABLE to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Fact {key: key})-[r:IN_TABLE]->(m:SourceTable)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
