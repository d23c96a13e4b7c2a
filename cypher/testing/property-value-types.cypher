// Tests: the value types every stored property has, per label set (nodes) and per relationship
// type, with how many values of each (e.g. Fact / year / INTEGER NOT NULL / 878).
CALL () {
  MATCH (n) UNWIND keys(n) AS key
  RETURN reduce(s = '', l IN labels(n) | s + ':' + l) AS owner, key, valueType(n[key]) AS type
  UNION ALL
  MATCH ()-[r]->() UNWIND keys(r) AS key
  RETURN type(r) AS owner, key, valueType(r[key]) AS type
}
RETURN owner, key, type, count(*) AS n
ORDER BY owner, key, type
