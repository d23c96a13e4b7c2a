// Plan indicators (专栏 rows): base and target values as printed (decimal strings), cumulative
// ("[60]") and indicative/binding nature.
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})
UNWIND doc.rows AS row
CREATE (p:PlanIndicator {key: doc.key + '#' + row.k})
SET p += row.props
CREATE (p)-[:FROM_DOCUMENT]->(d)
RETURN count(*) AS n
