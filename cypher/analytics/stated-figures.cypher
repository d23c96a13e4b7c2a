// Figures stated in prose with their change against last year (万元 and %), for checking.
MATCH (s:StatedFigure)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($documentKey IS NULL OR d.key = $documentKey)
  AND ($city IS NULL OR d.city = $city)
  AND ($year IS NULL OR d.year = $year)
  AND ($withChangeOnly = false OR s.change IS NOT NULL)
RETURN s.key AS key, s.subject AS subject, s.subjectCode AS subjectCode, s.amount AS amount, s.previousAmount AS previousAmount,
       s.change AS change, s.changePercent AS changePercent, s.startLine AS startLine, s.endLine AS endLine, s.raw AS raw,
       d.key AS documentKey, d.title AS documentTitle, d.year AS year, d.city AS city
ORDER BY d.key, s.startLine
