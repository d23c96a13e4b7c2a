// Performance indicators: of a project's budget (row.owner), else of the document's department
// or fund (scope DEPARTMENT / FUND). target is an exact decimal string; targetRaw as printed.
// $docs: [{key, rows}], row.k / row.owner: keys after "<document key>#". The budget is read before
// the first write, and the properties are named (absent ones are null, so not stored): `SET i +=
// row.props` could set any property, so the planner materialised all rows (Eager) once more.
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
OPTIONAL MATCH (b:ProjectBudget {key: doc.key + '#' + row.owner})
WITH doc, d, b, row, row.props AS p
CREATE (i:Indicator {
  key: doc.key + '#' + row.k, scope: p.scope, level1: p.level1, level2: p.level2, name: p.name, operator: p.operator,
  target: p.target, unitOfMeasure: p.unitOfMeasure, targetRaw: p.targetRaw, year: p.year,
  startLine: p.startLine, endLine: p.endLine, raw: p.raw
})
CREATE (i)-[:FROM_DOCUMENT]->(d)
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | CREATE (b)-[:HAS_INDICATOR]->(i))
FOREACH (_ IN CASE WHEN b IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_INDICATOR]->(i))
RETURN count(*) AS n
