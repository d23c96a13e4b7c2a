// A project (by key, or by name in any department) in every document that budgets it: its total,
// fiscal and other funds (decimal strings, 万元) per document year.
MATCH (p:Project)
WHERE p.key = $project OR p.name = $project
MATCH (p)<-[:OF_PROJECT]-(b:ProjectBudget)-[:FROM_DOCUMENT]->(d:Document)
RETURN p.key AS subjectKey, p.name AS subjectName, b.year AS year, d.key AS documentKey, d.title AS documentTitle, d.city AS city,
       b.totalFunds AS totalFunds, b.fiscalFunds AS fiscalFunds, b.otherFunds AS otherFunds, b.startLine AS startLine, b.endLine AS endLine
ORDER BY subjectKey, year, documentKey
