// Fact.validationIssues: the ValidationIssue nodes related by INVOLVES to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Fact {key: key})<-[r:INVOLVES]-(m:ValidationIssue)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
