// SubjectCode.documents: the documents that use each code,
// once per node although a document may spell a code two ways (one USES_CODE each); no row for none.
UNWIND $keys AS key
MATCH (n:SubjectCode {key: key})<-[r:USES_CODE]-(m:Document)
WITH DISTINCT key, m ORDER BY m.code, m.key
RETURN key, collect({node: m, link: {}}) AS items
