// ValidationIssue.facts: the Fact nodes related by INVOLVES to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:ValidationIssue {key: key})-[r:INVOLVES]->(m:Fact)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
