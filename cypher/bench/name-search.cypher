// Bench floor (docs/examples/09, one city): project budgets and units whose names contain a text.
CALL () {
  MATCH (d:Document {city: $city})<-[:FROM_DOCUMENT]-(b:ProjectBudget)
  WHERE b.name CONTAINS $text
  RETURN collect(b {.name, .year, .fiscalFunds, document: d {.city}}) AS projectBudgets
}
CALL () {
  MATCH (u:Unit)
  WHERE u.name CONTAINS $city AND u.name CONTAINS $text
  RETURN collect(u {.name, department: head([(u)-[:IN_DEPARTMENT]->(dep:Department) | dep {.name}])}) AS units
}
RETURN {projectBudgets: projectBudgets, units: units} AS row
