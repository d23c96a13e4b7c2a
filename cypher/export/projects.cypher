// Export: project budgets (a project in one document's year) with their department, document and
// implementing unit; funds are exact decimal strings in 万元. Filters optional (null: any).
MATCH (pb:ProjectBudget)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($city IS NULL OR d.city = $city)
  AND ($documentKey IS NULL OR d.key = $documentKey)
  AND ($year IS NULL OR pb.year = $year)
OPTIONAL MATCH (pb)-[:OF_PROJECT]->(p:Project)
OPTIONAL MATCH (p)-[:OF_DEPARTMENT]->(dep:Department)
OPTIONAL MATCH (pb)-[:IMPLEMENTED_BY]->(u:Unit)
WITH d, pb, p, dep, collect(u.name) AS units
WHERE ($department IS NULL OR dep.key = $department OR dep.name = $department)
RETURN pb.key AS project_budget_key, p.key AS project_key, pb.name AS project_name, pb.year AS year, d.city AS city,
       dep.key AS department_key, dep.name AS department_name,
       d.key AS document_key, d.title AS document_title, d.kind AS document_kind,
       reduce(s = '', x IN units | s + CASE WHEN s = '' THEN '' ELSE '; ' END + x) AS implementing_units,
       pb.totalFunds AS total_funds, pb.fiscalFunds AS fiscal_funds, pb.otherFunds AS other_funds, pb.unit AS unit,
       pb.period AS period, pb.supervisingDepartment AS supervising_department, pb.isTransfer AS is_transfer,
       pb.startLine AS start_line, pb.endLine AS end_line
ORDER BY d.key, pb.startLine, pb.key
