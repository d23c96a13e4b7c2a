// Tests only: a read that fails in Neo4j (integer division by zero when $zero is 0).
RETURN 1 / toInteger($zero) AS x
