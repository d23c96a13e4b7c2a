// Export: parse and validation issues, one row each, with their document and how many facts they
// involve. expected/actual/difference are exact decimal strings (unit column). Filters optional.
MATCH (i:ValidationIssue)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($city IS NULL OR d.city = $city)
  AND ($documentKey IS NULL OR d.key = $documentKey)
  AND ($year IS NULL OR d.year = $year)
  AND ($rule IS NULL OR i.rule = $rule)
  AND ($severity IS NULL OR i.severity = $severity)
  AND ($stage IS NULL OR i.stage = $stage)
RETURN i.key AS issue_key, i.stage AS stage, i.rule AS rule, i.severity AS severity, i.message AS message,
       i.expected AS expected, i.actual AS actual, i.difference AS difference, i.unit AS unit, i.table AS table_title,
       d.year AS year, d.city AS city, d.key AS document_key, d.title AS document_title,
       COUNT { (i)-[:INVOLVES]->(:Fact) } AS fact_count,
       i.startLine AS start_line, i.endLine AS end_line
ORDER BY d.key, i.startLine, i.key
