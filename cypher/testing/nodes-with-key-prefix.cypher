// Tests: the nodes of a label whose key starts with a prefix (a document's own records), with
// every stored property.
MATCH (n)
WHERE $label IN labels(n) AND n.key STARTS WITH $prefix
RETURN n.key AS key, properties(n) AS props
