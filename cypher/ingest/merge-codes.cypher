// Subject codes (functional 类/款/项, economic) shared by all documents, keyed by scheme and code;
// each document's spelling of the name is kept on its USES_CODE link (two spellings: two links).
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
MERGE (c:SubjectCode {key: row.key})
  ON CREATE SET c.scheme = row.scheme, c.code = row.code, c.level = row.level
SET c.name = coalesce(c.name, row.name)
MERGE (d)-[r:USES_CODE {name: row.name}]->(c)
  ON CREATE SET r.startLine = row.startLine, r.endLine = row.endLine, r.raw = row.raw
FOREACH (_ IN CASE WHEN row.parentKey IS NULL THEN [] ELSE [1] END |
  MERGE (p:SubjectCode {key: row.parentKey})
    ON CREATE SET p.scheme = row.scheme, p.code = row.parentCode, p.level = row.level - 1
  MERGE (c)-[:CHILD_OF]->(p))
RETURN count(*) AS n
