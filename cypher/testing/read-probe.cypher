// Tests only: read back a probe node by key.
MATCH (p:Probe { key: $key }) RETURN p.label AS label, p.amount AS amount
