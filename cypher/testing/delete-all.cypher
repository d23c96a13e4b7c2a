// Tests only: remove every node and relationship (test graphs are small: one transaction).
MATCH (n) DETACH DELETE n
