// Tests: each document's tables (FROM_DOCUMENT) and how many of them are keyed after it
// ('<document key>#…'), the prefix by which aggregations find a document's tables.
MATCH (t:SourceTable)-[:FROM_DOCUMENT]->(d:Document)
RETURN d.key AS document, count(t) AS tables, count(CASE WHEN t.key STARTS WITH d.key + '#' THEN 1 END) AS keyedAfterIt
ORDER BY document
