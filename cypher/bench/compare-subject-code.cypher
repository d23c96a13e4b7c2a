// Bench floor (compareSubjectCode): a functional code's amount per document (leaf facts under the
// code prefix, exact) in the cities given, across years: each document's first expenditure table
// role of $roleOrder that has facts. A document's tables are found by their keys (the document's
// key, '#', a suffix): most of its FROM_DOCUMENT relationships are its facts'. A 合计/其中 column
// counts only in a row with no other column: the rows with another column are read once per table.
MATCH (d:Document)
WHERE d.kind IN ['DEPARTMENT_BUDGET', 'FUND_BUDGET'] AND d.city IN $cities
WITH d, head([r IN $roleOrder WHERE EXISTS { MATCH (t:SourceTable)<-[:IN_TABLE]-(:Fact {direction: 'EXPENDITURE'})
  WHERE t.key STARTS WITH d.key + '#' AND (t)-[:FROM_DOCUMENT]->(d) AND t.role = r }]) AS role
WHERE role IS NOT NULL
MATCH (t:SourceTable)
WHERE t.key STARTS WITH d.key + '#' AND (t)-[:FROM_DOCUMENT]->(d) AND t.role = role
CALL (t) { MATCH (t)<-[:IN_TABLE]-(g:Fact) WHERE NOT any(seg IN split(g.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') RETURN collect(DISTINCT g.rowIndex) AS plainRows }
MATCH (t)<-[:IN_TABLE]-(f:Fact {direction: 'EXPENDITURE'})
WHERE f.isSubtotal = false AND f.subjectScheme = 'FUNCTIONAL' AND f.subjectCode STARTS WITH $code
  AND (NOT any(seg IN split(f.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') OR NOT f.rowIndex IN plainRows)
WITH d, f, split(f.amount, '.') AS parts
WITH f.year AS year, d.city AS city, d.key AS documentKey,
  sum(CASE WHEN f.amount STARTS WITH '-' THEN -1 ELSE 1 END * (abs(toInteger(parts[0])) * 1000000 + toInteger(left(coalesce(parts[1], '') + '000000', 6)))) AS micro
RETURN {year: year, city: city, documentKey: documentKey, totalMicro: micro} AS row
