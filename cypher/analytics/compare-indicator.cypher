// A performance indicator (level-3 name) across documents: of a project (key or name) when
// $project is set, else of a whole department or fund (indicators a document owns). The target is
// a decimal string or null (qualitative); targetRaw as printed.
MATCH (i:Indicator {name: $indicator})-[:FROM_DOCUMENT]->(d:Document)
WHERE $cities IS NULL OR d.city IN $cities
OPTIONAL MATCH (b:ProjectBudget)-[:HAS_INDICATOR]->(i)
OPTIONAL MATCH (b)-[:OF_PROJECT]->(p:Project)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(dep:Department)
WITH i, d, p, dep
WHERE CASE WHEN $project IS NULL THEN p IS NULL ELSE p.key = $project OR p.name = $project END
RETURN coalesce(p.key, dep.key) AS subjectKey, coalesce(p.name, dep.name) AS subjectName, i.name AS series, i.year AS year,
       d.key AS documentKey, d.title AS documentTitle, d.city AS city, i.target AS amount, i.targetRaw AS raw,
       i.operator AS operator, i.unitOfMeasure AS unitOfMeasure, i.startLine AS startLine, i.endLine AS endLine
ORDER BY subjectKey, year, documentKey
