// Target nodes by key, for a DataLoader batch: one row per key found (a missing key: no row).
UNWIND $keys AS key
MATCH (n:Target {key: key})
RETURN key, n AS node
