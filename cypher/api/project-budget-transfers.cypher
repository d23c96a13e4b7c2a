// ProjectBudget.transfers: the TransferPayment nodes related by FUNDS to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:ProjectBudget {key: key})<-[r:FUNDS]-(m:TransferPayment)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
