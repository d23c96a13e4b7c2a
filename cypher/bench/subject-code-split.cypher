// Bench floor (docs/examples/02): a functional code, its parent and grandparent, each with its
// facts of one table role in every document (a deep nested list).
MATCH (c:SubjectCode {key: 'FUNCTIONAL|' + $code})
CALL (c) {
  RETURN [(c)<-[:FOR_CODE]-(f:Fact {tableRole: $table})-[:FROM_DOCUMENT]->(d:Document) |
    f {document: d {.city, .year}, .kind, .column, .amount, .unit, .isSubtotal, .sourceOfFunds, .startLine}] AS facts
}
OPTIONAL MATCH (c)-[:CHILD_OF]->(p:SubjectCode)
OPTIONAL MATCH (p)-[:CHILD_OF]->(gp:SubjectCode)
RETURN c {.code, .name, .level, facts: facts,
  parent: CASE WHEN p IS NULL THEN null ELSE p {.code, .name, .level,
    facts: [(p)<-[:FOR_CODE]-(f:Fact {tableRole: $table})-[:FROM_DOCUMENT]->(d:Document) |
      f {document: d {.city, .year}, .kind, .column, .amount, .unit, .isSubtotal, .sourceOfFunds, .startLine}],
    parent: CASE WHEN gp IS NULL THEN null ELSE gp {.code, .name, .level,
      facts: [(gp)<-[:FOR_CODE]-(f:Fact {tableRole: $table})-[:FROM_DOCUMENT]->(d:Document) |
        f {document: d {.city, .year}, .kind, .column, .amount, .unit, .isSubtotal, .sourceOfFunds, .startLine}]} END
  } END
} AS row
