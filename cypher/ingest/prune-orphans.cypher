// After a document version is replaced: shared nodes no document refers to any more.
CALL () { MATCH (p:Project) WHERE NOT (p)<-[:OF_PROJECT]-() DETACH DELETE p }
CALL () { MATCH (u:Unit) WHERE NOT (u)<-[:LISTS_UNIT|OF_UNIT|IMPLEMENTED_BY|PAID_BY]-() DETACH DELETE u }
CALL () { MATCH (s:FundSource) WHERE NOT (s)<-[:FROM_SOURCE]-() DETACH DELETE s }
RETURN 1 AS done
