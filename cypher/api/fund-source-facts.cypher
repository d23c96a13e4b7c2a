// FundSource.facts: the Fact nodes related by FROM_SOURCE to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:FundSource {key: key})<-[r:FROM_SOURCE]-(m:Fact)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
