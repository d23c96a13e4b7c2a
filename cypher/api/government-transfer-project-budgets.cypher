// Government.transferProjectBudgets: the ProjectBudget nodes related by TRANSFERS_TO to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Government {key: key})<-[r:TRANSFERS_TO]-(m:ProjectBudget)
WITH key, m, r ORDER BY m.startLine, m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
