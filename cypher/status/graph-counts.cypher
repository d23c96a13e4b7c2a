// Node and document counts of the current database (count store: constant time).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships, documents
