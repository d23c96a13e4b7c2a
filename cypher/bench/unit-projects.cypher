// Bench floor (docs/examples/25): a unit by name, its listings and the project budgets it implements.
MATCH (u:Unit {name: $unit})
RETURN u {.name,
  department: head([(u)-[:IN_DEPARTMENT]->(dep:Department) | dep {.name}]),
  listings: [(u)<-[l:LISTS_UNIT]-(:Document) | l {.fundingType, .staffCount, .year}],
  projectBudgets: [(u)<-[:IMPLEMENTED_BY]-(b:ProjectBudget) | b {.name, .year, .totalFunds, .fiscalFunds, .otherFunds, .unit, .supervisingDepartment, .startLine}]
} AS row
