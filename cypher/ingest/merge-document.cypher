// The document with its city (and province), issuing department. MERGE keys are identities, so
// a second load of the same document reuses every node. One row per document ($docs).
// replan=skip: each node is found by its key, so the plan never depends on the graph's size,
// and a bulk load does not replan it as the graph grows (loaders/graph/README.md).
CYPHER replan=skip
UNWIND $docs AS doc
MERGE (city:Government {key: doc.cityKey})
  ON CREATE SET city.name = doc.city, city.level = 'CITY'
FOREACH (_ IN CASE WHEN doc.provinceKey IS NULL THEN [] ELSE [1] END |
  MERGE (p:Government {key: doc.provinceKey})
    ON CREATE SET p.name = doc.province, p.level = 'PROVINCE'
  MERGE (city)-[:PART_OF]->(p))
MERGE (dep:Department {key: doc.departmentKey})
  ON CREATE SET dep.name = doc.departmentName
MERGE (dep)-[:OF_GOVERNMENT]->(city)
MERGE (d:Document {key: doc.key})
SET d += doc.props, d.loadedAt = datetime()
MERGE (d)-[:ISSUED_BY]->(dep)
RETURN d.key AS key
