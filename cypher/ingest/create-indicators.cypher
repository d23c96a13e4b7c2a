// Performance indicators: of a project's budget (row.owner), else of the document's department
// or fund (scope DEPARTMENT / FUND). target is an exact decimal string; targetRaw as printed.
// $docs: [{key, rows}], row.k / row.owner: keys after "<document key>#". The budget is read before
// the first write and the properties are named in CREATE (absent ones are null, so not stored):
// `SET i += row.props`, or `WITH row.props AS p` before the CREATE, makes the planner materialise
// all rows (Eager; PROFILE).
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
OPTIONAL MATCH (b:ProjectBudget {key: doc.key + '#' + row.owner})
CREATE (i:Indicator {
  key: doc.key + '#' + row.k, scope: row.props.scope, level1: row.props.level1,
  level2: row.props.level2, name: row.props.name, operator: row.props.operator,
  target: row.props.target, unitOfMeasure: row.props.unitOfMeasure, targetRaw: row.props.targetRaw,
  year: row.props.year, startLine: row.props.startLine, endLine: row.props.endLine,
  raw: row.props.raw
})
CREATE (i)-[:FROM_DOCUMENT]->(d)
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (b)-[:HAS_INDICATOR]->(i))
FOREACH (_ IN CASE WHEN b IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_INDICATOR]->(i))
RETURN count(*) AS n
