// Government.parent: the Government nodes related by PART_OF to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Government {key: key})-[r:PART_OF]->(m:Government)
WITH key, m, r ORDER BY m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
