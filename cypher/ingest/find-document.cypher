// The stored version of a document (by identity key): its content hash, or no row.
MATCH (d:Document {key: $key})
RETURN d.contentHash AS contentHash
