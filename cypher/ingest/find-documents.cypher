// The stored versions among several documents (by identity key): key and content hash of each found.
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN d.key AS key, d.contentHash AS contentHash
