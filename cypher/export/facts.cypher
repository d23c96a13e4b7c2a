// Export: every fact (table cell) with all its dimensions, one row each, in document and source
// order. Filters are optional (null: any); $subjectCode is a code prefix. Amounts are exact
// decimal strings in 万元. is_additive and in_default_table follow docs/analytics.md: a fact is
// summed by budgetAggregate's default when it is additive (leaf row; a 合计/小计/其中 column only
// when alone in its row) and printed in its document's default table role for its direction.
MATCH (d:Document)
WHERE ($city IS NULL OR d.city = $city)
  AND ($documentKey IS NULL OR d.key = $documentKey)
  AND ($documentKind IS NULL OR d.kind = $documentKind)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Department)
WITH d, issuer,
     [dir IN ['REVENUE', 'EXPENDITURE'] |
       [dir, head([r IN $roleOrder[dir] WHERE EXISTS { MATCH (d)<-[:FROM_DOCUMENT]-(:Fact {tableRole: r, direction: dir}) }])]] AS defaults
MATCH (d)<-[:FROM_DOCUMENT]-(f:Fact)
WHERE ($year IS NULL OR f.year = $year)
  AND ($kind IS NULL OR f.kind = $kind)
  AND ($direction IS NULL OR f.direction = $direction)
  AND ($tableRole IS NULL OR f.tableRole = $tableRole)
  AND ($subjectCode IS NULL OR f.subjectCode STARTS WITH $subjectCode)
  AND ($fundSource IS NULL OR f.sourceOfFunds = $fundSource)
  AND ($includeSubtotals OR f.isSubtotal = false)
OPTIONAL MATCH (f)-[:IN_TABLE]->(t:SourceTable)
OPTIONAL MATCH (f)-[:OF_UNIT]->(u:Unit)
OPTIONAL MATCH (u)-[:IN_DEPARTMENT]->(ud:Department)
OPTIONAL MATCH (f)-[:OF_DEPARTMENT]->(fd:Department)
WITH d, f, t, u, coalesce(ud, fd, issuer) AS dep, defaults,
     any(seg IN split(f.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') AS overlapping
WHERE ($department IS NULL OR dep.key = $department OR dep.name = $department)
  AND ($unit IS NULL OR u.key = $unit OR u.name = $unit)
WITH d, f, t, u, dep, defaults,
     f.isSubtotal = false AND (NOT overlapping OR NOT EXISTS {
       MATCH (f)-[:IN_TABLE]->(:SourceTable)<-[:IN_TABLE]-(g:Fact)
       WHERE g.rowIndex = f.rowIndex
         AND NOT any(seg IN split(g.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中')
     }) AS additive
WITH d, f, t, u, dep, additive, head([x IN defaults WHERE x[0] = f.direction | x[1]]) AS defaultRole,
     CASE f.subjectScheme WHEN 'FUNCTIONAL' THEN f.subjectCode END AS fcode,
     CASE f.subjectScheme WHEN 'ECONOMIC' THEN f.subjectCode END AS ecode
OPTIONAL MATCH (c1:SubjectCode {key: 'FUNCTIONAL|' + left(fcode, 3)})
OPTIONAL MATCH (c2:SubjectCode {key: 'FUNCTIONAL|' + left(fcode, 5)})
OPTIONAL MATCH (c3:SubjectCode {key: 'FUNCTIONAL|' + left(fcode, 7)})
OPTIONAL MATCH (e1:SubjectCode {key: 'ECONOMIC|' + left(ecode, 3)})
OPTIONAL MATCH (e2:SubjectCode {key: 'ECONOMIC|' + ecode})
RETURN f.key AS fact_key, f.year AS year, d.city AS city,
       dep.key AS department_key, dep.name AS department_name, u.key AS unit_key, u.name AS unit_name,
       d.key AS document_key, d.title AS document_title, d.kind AS document_kind,
       f.tableRole AS table_role, t.title AS table_title,
       CASE WHEN size(fcode) >= 3 THEN left(fcode, 3) END AS functional_class_code, c1.name AS functional_class_name,
       CASE WHEN size(fcode) >= 5 THEN left(fcode, 5) END AS functional_section_code, c2.name AS functional_section_name,
       CASE WHEN size(fcode) >= 7 THEN left(fcode, 7) END AS functional_item_code, c3.name AS functional_item_name,
       CASE WHEN size(ecode) >= 3 THEN left(ecode, 3) END AS economic_class_code, e1.name AS economic_class_name,
       ecode AS economic_code, e2.name AS economic_name,
       f.sourceOfFunds AS source_of_funds, f.kind AS kind, f.direction AS direction,
       f.isSubtotal AS is_subtotal, additive AS is_additive,
       (defaultRole IS NOT NULL AND f.tableRole = defaultRole) AS in_default_table,
       f.amount AS amount, f.unit AS unit, f.rowLabel AS row_label, f.column AS column,
       f.startLine AS start_line, f.endLine AS end_line
ORDER BY d.key, f.startLine, f.key
