// The sources of funds the document's facts name, once each: merged before create-facts, which
// only matches them. $docs: [{key, rows: [{key, name}]}].
UNWIND $docs AS doc
UNWIND doc.rows AS row
MERGE (s:FundSource {key: row.key})
  ON CREATE SET s.name = row.name
RETURN count(*) AS n
