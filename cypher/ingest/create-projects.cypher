// Projects: one Project node across documents (department + name), one ProjectBudget per
// document with that year's funds (万元), period, basis, goal; implementing unit and transfer
// recipients where the document states them. $docs: [{key, rows}], row.k: the budget's key after
// "<document key>#".
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MATCH (d:Document {key: doc.key})-[:ISSUED_BY]->(dep:Department)-[:OF_GOVERNMENT]->(city:Government)
UNWIND doc.rows AS row
MERGE (p:Project {key: row.projectKey})
  ON CREATE SET p.name = row.name
MERGE (p)-[:OF_DEPARTMENT]->(dep)
CREATE (b:ProjectBudget {key: doc.key + '#' + row.k})
SET b += row.props
CREATE (b)-[:OF_PROJECT]->(p)
CREATE (b)-[:FROM_DOCUMENT]->(d)
FOREACH (_ IN CASE WHEN row.unitKey IS NULL THEN [] ELSE [1] END |
  MERGE (u:Unit {key: row.unitKey})
    ON CREATE SET u.name = row.unitName
  MERGE (u)-[:IN_DEPARTMENT]->(dep)
  CREATE (b)-[:IMPLEMENTED_BY]->(u))
FOREACH (r IN row.recipients |
  MERGE (g:Government {key: r.key})
    ON CREATE SET g.name = r.name, g.level = r.level
  MERGE (g)-[:PART_OF]->(city)
  CREATE (b)-[:TRANSFERS_TO]->(g))
RETURN count(*) AS n
