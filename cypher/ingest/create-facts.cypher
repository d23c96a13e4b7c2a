// Money facts at the table's grain; amount is an exact decimal string in 万元.
// A fact belongs to a budget unit when its row names one, else to the whole department.
// $docs: [{key, rows}], row.k / row.t: the fact's / table's key after "<document key>#".
// Every read comes before the first write (units and fund sources are merged beforehand by
// merge-fact-units and merge-fact-sources, one MERGE each instead of one per fact), and the
// properties are named in CREATE (absent ones are null, so not stored): `SET f += row.props`, or
// `WITH row.props AS p` before the CREATE, makes the planner materialise all rows (Eager; PROFILE).
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)
UNWIND doc.rows AS row
MATCH (t:SourceTable {key: doc.key + '#' + row.t})
OPTIONAL MATCH (u:Unit {key: row.unitKey})
OPTIONAL MATCH (s:FundSource {key: row.sourceKey})
OPTIONAL MATCH (c:SubjectCode {key: row.codeKey})
CREATE (f:Fact {
  key: doc.key + '#' + row.k, amount: row.props.amount, unit: '万元', amountRaw: row.props.amountRaw,
  unitRaw: row.props.unitRaw, year: row.props.year, direction: row.props.direction,
  kind: row.props.kind, sourceOfFunds: row.props.sourceOfFunds,
  subjectScheme: row.props.subjectScheme, subjectCode: row.props.subjectCode,
  rowIndex: row.props.rowIndex, rowLabel: row.props.rowLabel, column: row.props.column,
  isSubtotal: row.props.isSubtotal, tableRole: row.props.tableRole, startLine: row.props.startLine,
  endLine: row.props.endLine, raw: row.props.raw
})
CREATE (f)-[:FROM_DOCUMENT]->(d)
CREATE (f)-[:IN_TABLE]->(t)
FOREACH (_ IN CASE WHEN row.unitKey IS NULL THEN [1] ELSE [] END | CREATE (f)-[:OF_DEPARTMENT]->(dep))
FOREACH (_ IN CASE WHEN u IS NULL THEN [] ELSE [1] END | CREATE (f)-[:OF_UNIT]->(u))
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (f)-[:FROM_SOURCE]->(s))
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (f)-[:FOR_CODE]->(c))
RETURN count(*) AS n
