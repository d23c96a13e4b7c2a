// Subject codes (functional 类/款/项, economic) shared by all documents, keyed by scheme and code;
// each document's spelling of the name is kept on its USES_CODE link (two spellings: two links).
// The document is new (never stored, or its links just deleted), so its links are CREATEd: a MERGE
// would scan every USES_CODE link of the code (shared by all documents). row.firstUse marks the
// first row of a (code, spelling) in the document; row.firstParent the first of a (code, parent).
// $docs: [{key, rows}].
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
MERGE (c:SubjectCode {key: row.key})
  ON CREATE SET c.scheme = row.scheme, c.code = row.code, c.level = row.level
SET c.name = coalesce(c.name, row.name)
FOREACH (_ IN CASE WHEN row.firstUse THEN [1] ELSE [] END |
  CREATE (d)-[:USES_CODE {name: row.name, startLine: row.startLine, endLine: row.endLine, raw: row.raw}]->(c))
FOREACH (_ IN CASE WHEN row.parentKey IS NOT NULL AND row.firstParent THEN [1] ELSE [] END |
  MERGE (p:SubjectCode {key: row.parentKey})
    ON CREATE SET p.scheme = row.scheme, p.code = row.parentCode, p.level = row.level - 1
  MERGE (c)-[:CHILD_OF]->(p))
RETURN count(*) AS n
