// Tests only: transfer payments of a city's document with recipients.
MATCH (d:Document {city: $city, year: $year})<-[:FROM_DOCUMENT]-(t:TransferPayment)-[:RECEIVED_BY]->(g:Government)
RETURN t.amount AS amount, g.name AS recipient, g.level AS level
