// SubjectCode.parent: the SubjectCode nodes related by CHILD_OF to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:SubjectCode {key: key})-[r:CHILD_OF]->(m:SubjectCode)
WITH key, m, r ORDER BY m.code, m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
