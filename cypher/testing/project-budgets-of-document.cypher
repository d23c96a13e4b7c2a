// Tests only: project budgets (one per project goal table) of the document of a city, kind and year.
MATCH (d:Document {city: $city, kind: $kind, year: $year})<-[:FROM_DOCUMENT]-(b:ProjectBudget)-[:OF_PROJECT]->(p:Project)
RETURN count(b) AS budgets, count(DISTINCT p) AS projects
