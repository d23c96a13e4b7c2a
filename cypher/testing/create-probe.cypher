// Tests only: a node written with parameters, read back by tests/graph-roundtrip.test.ts.
CREATE (p:Probe { key: $key, label: $label, amount: $amount })
RETURN p.key AS key
