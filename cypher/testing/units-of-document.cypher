// Tests only: units a document lists, with staff counts.
MATCH (d:Document {city: $city, kind: $kind, year: $year})-[l:LISTS_UNIT]->(u:Unit)
RETURN u.name AS name, l.staffCount AS staffCount, l.fundingType AS fundingType
