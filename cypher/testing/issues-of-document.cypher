// Tests only: validation issues of the document of a city, kind and year.
MATCH (d:Document {city: $city, kind: $kind, year: $year})<-[:FROM_DOCUMENT]-(i:ValidationIssue)
OPTIONAL MATCH (i)-[:INVOLVES]->(f:Fact)
RETURN i.rule AS rule, i.severity AS severity, i.expected AS expected, i.actual AS actual, i.difference AS difference,
       i.stage AS stage, i.startLine AS startLine, collect(f.rowLabel) AS rows
