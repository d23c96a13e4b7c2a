// ProjectBudget.indicators: the Indicator nodes related by HAS_INDICATOR to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:ProjectBudget {key: key})-[r:HAS_INDICATOR]->(m:Indicator)
WITH key, m, r ORDER BY m.startLine, m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
