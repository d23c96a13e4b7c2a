// Tests only: targets of a city's documents of a year and the plan indicators they serve.
MATCH (d:Document {city: $city})<-[:FROM_DOCUMENT]-(t:Target {year: $year})-[s:SERVES]->(pi:PlanIndicator)
RETURN t.subject AS target, pi.name AS indicator, s.inferred AS inferred, s.method AS method
