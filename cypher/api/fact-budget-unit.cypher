// Fact.budgetUnit: the Unit nodes related by OF_UNIT to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Fact {key: key})-[r:OF_UNIT]->(m:Unit)
WITH key, m, r ORDER BY m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
