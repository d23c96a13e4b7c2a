// Bench floor, in the order the API query asks for (docs/examples/29, one city): documents with their department, unit listings,
// project budgets and validation issues (a deep nested list).
MATCH (d:Document {city: $city})
RETURN d {.key, .kind, .year, .endYear, .city, .issuer, .title, .fileName, .lineCount, .contentHash,
  department: head([(d)-[:ISSUED_BY]->(dep:Department) | dep {.name}]),
  unitListings: [(d)-[l:LISTS_UNIT]->(u:Unit) | {unit: u {.name}, staffCount: l.staffCount}],
  projectBudgets: [(d)<-[:FROM_DOCUMENT]-(b:ProjectBudget) | b {.key}],
  validationIssues: [(d)<-[:FROM_DOCUMENT]-(i:ValidationIssue) | i {.severity}]
} AS row
ORDER BY d.city, d.year
