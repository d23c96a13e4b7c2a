// Unit.documents: the Document nodes related by LISTS_UNIT to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Unit {key: key})<-[r:LISTS_UNIT]-(m:Document)
WITH key, m, r ORDER BY m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
