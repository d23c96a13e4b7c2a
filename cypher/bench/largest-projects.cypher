// Bench floor (docs/examples/13): a city's largest project budgets of a year in its department
// budget, by total funds (exact: decimal strings compared as integers of 10^-6 万元).
MATCH (d:Document {kind: 'DEPARTMENT_BUDGET', city: $city})<-[:FROM_DOCUMENT]-(b:ProjectBudget)
WHERE b.year = $year
WITH b, split(b.totalFunds, '.') AS parts
WITH b, toInteger(parts[0]) * 1000000 + toInteger(left(coalesce(parts[1], '') + '000000', 6)) AS micro
ORDER BY micro DESC, b.name
LIMIT toInteger($n)
RETURN b {.name, .totalFunds, .fiscalFunds, .otherFunds, .unit, .startLine,
  implementingUnit: head([(b)-[:IMPLEMENTED_BY]->(u:Unit) | u {.name}])} AS row
