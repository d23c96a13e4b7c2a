// Unit.projects: the projects a unit implements in any year (through its project budgets),
// each once, by name; keys without any give no row.
UNWIND $keys AS key
MATCH (:Unit {key: key})<-[:IMPLEMENTED_BY]-(:ProjectBudget)-[:OF_PROJECT]->(m:Project)
WITH DISTINCT key, m ORDER BY m.name, m.key
RETURN key, collect({node: m, link: {}}) AS items
