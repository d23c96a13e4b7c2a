// TransferPayment.fundedBudgets: the ProjectBudget nodes related by FUNDS to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:TransferPayment {key: key})-[r:FUNDS]->(m:ProjectBudget)
WITH key, m, r ORDER BY m.startLine, m.name, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
