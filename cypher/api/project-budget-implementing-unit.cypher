// ProjectBudget.implementingUnit: the Unit nodes related by IMPLEMENTED_BY to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:ProjectBudget {key: key})-[r:IMPLEMENTED_BY]->(m:Unit)
WITH key, m, r ORDER BY m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
