// SubjectCode.facts: the Fact nodes related by FOR_CODE to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:SubjectCode {key: key})<-[r:FOR_CODE]-(m:Fact)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
