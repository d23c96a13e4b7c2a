// For each label of the graph: which of the source-order properties (startLine, code, name) any
// of its nodes carries (tests: relationship fields sort only on those). Reads every node.
MATCH (n)
UNWIND labels(n) AS label
UNWIND ['startLine', 'code', 'name'] AS property
WITH label, property, n
WHERE n[property] IS NOT NULL
RETURN label, collect(DISTINCT property) AS properties
ORDER BY label
