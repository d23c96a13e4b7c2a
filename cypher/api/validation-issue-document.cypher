// ValidationIssue.document: the Document nodes related by FROM_DOCUMENT to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:ValidationIssue {key: key})-[r:FROM_DOCUMENT]->(m:Document)
WITH key, m, r ORDER BY m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
