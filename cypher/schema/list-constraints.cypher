// Names of the constraints in the database (used to check the schema set-up is idempotent).
SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name
