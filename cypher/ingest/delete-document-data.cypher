// Removes everything a document version contributed: its own nodes (linked FROM_DOCUMENT) and
// its per-document links to shared nodes (units listed, code spellings). Shared nodes stay.
MATCH (d:Document {key: $key})
CALL (d) { MATCH (d)-[r:LISTS_UNIT|USES_CODE]->() DELETE r }
CALL (d) { MATCH (d)<-[:FROM_DOCUMENT]-(n) DETACH DELETE n }
RETURN d.key AS key
