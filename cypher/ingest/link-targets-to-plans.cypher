// Inferred links (never stated by the documents): a department's work target of a year serves the
// indicator of the same department's plan whose name begins with the target's subject (or the
// reverse) and whose period covers the year. Re-run after every load, so either side may arrive first.
// $departmentKeys: the departments whose documents were just written.
UNWIND $departmentKeys AS departmentKey
MATCH (dep:Department {key: departmentKey})<-[:ISSUED_BY]-(:Document)<-[:FROM_DOCUMENT]-(t:Target)
MATCH (dep)<-[:ISSUED_BY]-(plan:Document {kind: 'PLAN'})<-[:FROM_DOCUMENT]-(pi:PlanIndicator)
WHERE t.year IS NOT NULL
  AND plan.year <= t.year <= coalesce(pi.targetYear, plan.endYear)
  AND (pi.name STARTS WITH t.subject OR t.subject STARTS WITH pi.name)
MERGE (t)-[s:SERVES]->(pi)
  ON CREATE SET s.inferred = true, s.method = 'NAME_PREFIX_AND_PERIOD'
RETURN count(s) AS n
