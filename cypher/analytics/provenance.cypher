// Where per-document nodes come from: document, lines, raw text, and for a fact its table, row and
// column. Keys are unique per label, so each label is looked up through its key constraint.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Fact {key: key}) RETURN n
  UNION
  MATCH (n:ProjectBudget {key: key}) RETURN n
  UNION
  MATCH (n:Indicator {key: key}) RETURN n
  UNION
  MATCH (n:TransferPayment {key: key}) RETURN n
  UNION
  MATCH (n:StatedFigure {key: key}) RETURN n
  UNION
  MATCH (n:Target {key: key}) RETURN n
  UNION
  MATCH (n:PlanIndicator {key: key}) RETURN n
  UNION
  MATCH (n:ValidationIssue {key: key}) RETURN n
}
MATCH (n)-[:FROM_DOCUMENT]->(d:Document)
OPTIONAL MATCH (n)-[:IN_TABLE]->(t:SourceTable)
RETURN key, labels(n)[0] AS label, coalesce(n.amount, n.totalFunds, n.target, n.value, n.targetValue) AS amount,
       coalesce(n.amountRaw, n.targetRaw) AS amountRaw, n.unit AS unit, n.rowLabel AS rowLabel, n.column AS column,
       n.startLine AS startLine, n.endLine AS endLine, n.raw AS raw, t.title AS tableTitle, t.role AS tableRole,
       t.startLine AS tableStartLine, t.endLine AS tableEndLine,
       d {.key, .title, .kind, .year, .city, .fileName} AS document
