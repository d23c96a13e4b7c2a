// Validation and parse issues with their document and the facts they involve (amount in 万元,
// table, row, column, lines, raw text). Every filter is optional (null: any).
MATCH (i:ValidationIssue)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($documentKey IS NULL OR d.key = $documentKey)
  AND ($city IS NULL OR d.city = $city)
  AND ($year IS NULL OR d.year = $year)
  AND ($rule IS NULL OR i.rule = $rule)
  AND ($severity IS NULL OR i.severity = $severity)
  AND ($stage IS NULL OR i.stage = $stage)
WITH i, d
ORDER BY d.key, i.startLine, i.key
SKIP $offset
LIMIT $first
CALL (i) {
  OPTIONAL MATCH (i)-[:INVOLVES]->(f:Fact)
  OPTIONAL MATCH (f)-[:IN_TABLE]->(t:SourceTable)
  WITH f, t ORDER BY f.startLine, f.key
  RETURN collect(f {.key, .amount, .unit, .amountRaw, .unitRaw, .rowLabel, .column, .startLine, .endLine, .raw, .tableRole, .subjectCode, .kind, tableTitle: t.title}) AS facts
}
RETURN i {.key, .stage, .rule, .severity, .message, .expected, .actual, .difference, .unit, .table, .startLine, .endLine} AS issue,
       d {.key, .title, .kind, .year, .city, .fileName} AS document, facts
