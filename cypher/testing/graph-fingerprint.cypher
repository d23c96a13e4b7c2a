// Tests only: every node's labels and key with its amount-like properties, to compare the graph
// before and after an operation that must change nothing.
MATCH (n)
RETURN labels(n)[0] AS label, n.key AS key, coalesce(n.amount, n.target, n.totalFunds, n.contentHash, '') AS value
ORDER BY label, key
