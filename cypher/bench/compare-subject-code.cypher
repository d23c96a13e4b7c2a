// Bench floor (compareSubjectCode): a functional code's amount per document (leaf facts under the
// code prefix, exact) in the cities given, across years: each document's first expenditure table
// role of $roleOrder that has facts.
MATCH (d:Document)
WHERE d.kind IN ['DEPARTMENT_BUDGET', 'FUND_BUDGET'] AND d.city IN $cities
WITH d, head([r IN $roleOrder WHERE EXISTS { MATCH (d)<-[:FROM_DOCUMENT]-(:Fact {tableRole: r, direction: 'EXPENDITURE'}) }]) AS role
WHERE role IS NOT NULL
MATCH (d)<-[:FROM_DOCUMENT]-(f:Fact {direction: 'EXPENDITURE', tableRole: role})
WHERE f.isSubtotal = false AND f.subjectScheme = 'FUNCTIONAL' AND f.subjectCode STARTS WITH $code
  AND (NOT any(seg IN split(f.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中')
    OR NOT EXISTS { MATCH (f)-[:IN_TABLE]->(:SourceTable)<-[:IN_TABLE]-(g:Fact) WHERE g.rowIndex = f.rowIndex
      AND NOT any(seg IN split(g.column, '/') WHERE seg IN ['合计', '总计', '小计'] OR seg ENDS WITH '合计' OR seg STARTS WITH '其中') })
WITH d, f, split(f.amount, '.') AS parts
WITH f.year AS year, d.city AS city, d.key AS documentKey,
  sum(CASE WHEN f.amount STARTS WITH '-' THEN -1 ELSE 1 END * (abs(toInteger(parts[0])) * 1000000 + toInteger(left(coalesce(parts[1], '') + '000000', 6)))) AS micro
RETURN {year: year, city: city, documentKey: documentKey, totalMicro: micro} AS row
