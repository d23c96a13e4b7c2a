// Tests only: number of relationships.
MATCH ()-[r]->() RETURN count(r) AS n
