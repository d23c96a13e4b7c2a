// Bench floor (docs/examples/31): expenditure of a city's budgets of some years in one table role
// by functional class (类) and spending type, summed exactly (integers of 10^-6 万元) from leaf
// facts: no subtotal rows, and a 合计/其中 column only where its row has no other column.
// From the city's documents to their tables of the role, found by their keys (the document's key,
// '#', a suffix: most of a document's FROM_DOCUMENT relationships are its facts'), then to the
// facts. With `tableRole: $role` on a fact matched from the document, the planner started from the
// Fact.year index instead (every fact of the years in every city: 860,000 db hits at
// cities=10,departments=10,years=5 against 7,000), an index hint on Document(city) or not. A
// 合计/其中 column counts only in a row with no other column: those rows are read once per table.
MATCH (d:Document {city: $city})
WHERE d.kind IN ['DEPARTMENT_BUDGET', 'FUND_BUDGET']
MATCH (t:SourceTable)
WHERE t.key STARTS WITH d.key + '#' AND (t)-[:FROM_DOCUMENT]->(d) AND t.role = $role
CALL (t) { MATCH (t)<-[:IN_TABLE]-(g:Fact) WHERE NOT any(seg IN split(g.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') RETURN collect(DISTINCT g.rowIndex) AS plainRows }
MATCH (t)<-[:IN_TABLE]-(f:Fact {direction: 'EXPENDITURE'})
WHERE f.isSubtotal = false AND f.year IN $years
  AND (NOT any(seg IN split(f.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') OR NOT f.rowIndex IN plainRows)
WITH f, split(f.amount, '.') AS parts
WITH CASE WHEN f.subjectScheme = 'FUNCTIONAL' THEN left(f.subjectCode, 3) END AS code,
  CASE WHEN f.kind IN ['BASIC', 'PERSONNEL', 'OPERATING'] THEN 'BASIC' WHEN f.kind = 'PROJECT' THEN 'PROJECT' ELSE 'OTHER' END AS spendingType,
  CASE WHEN f.amount STARTS WITH '-' THEN -1 ELSE 1 END * (abs(toInteger(parts[0])) * 1000000 + toInteger(left(coalesce(parts[1], '') + '000000', 6))) AS micro
WITH code, spendingType, sum(micro) AS micro, count(*) AS factCount
OPTIONAL MATCH (c:SubjectCode {key: 'FUNCTIONAL|' + code})
RETURN {code: code, name: c.name, spendingType: spendingType, totalMicro: micro, factCount: factCount} AS row
