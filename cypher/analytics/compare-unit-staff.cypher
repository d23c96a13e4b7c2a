// A budget unit (key or name) in every document that lists it: its staff count (在职人数) per year.
MATCH (d:Document)-[r:LISTS_UNIT]->(u:Unit)
WHERE u.key = $unit OR u.name = $unit
RETURN u.key AS subjectKey, u.name AS subjectName, r.year AS year, d.key AS documentKey, d.title AS documentTitle, d.city AS city,
       r.staffCount AS staffCount, r.startLine AS startLine, r.endLine AS endLine
ORDER BY subjectKey, year, documentKey
