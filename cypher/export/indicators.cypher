// Export: performance indicators (绩效指标) of projects, departments and funds, with the project
// budget that owns them (null for department or fund goals). Filters optional (null: any).
MATCH (i:Indicator)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($city IS NULL OR d.city = $city)
  AND ($documentKey IS NULL OR d.key = $documentKey)
  AND ($year IS NULL OR i.year = $year)
  AND ($scope IS NULL OR i.scope = $scope)
OPTIONAL MATCH (pb:ProjectBudget)-[:HAS_INDICATOR]->(i)
RETURN i.key AS indicator_key, i.scope AS scope, i.year AS year, d.city AS city,
       d.key AS document_key, d.title AS document_title,
       pb.key AS project_budget_key, pb.name AS project_name,
       i.level1 AS level1, i.level2 AS level2, i.name AS name, i.operator AS operator,
       i.target AS target, i.unitOfMeasure AS unit_of_measure, i.targetRaw AS target_raw,
       i.startLine AS start_line, i.endLine AS end_line
ORDER BY d.key, i.startLine, i.key
