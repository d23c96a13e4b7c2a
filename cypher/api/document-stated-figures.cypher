// Document.statedFigures: the StatedFigure nodes related by FROM_DOCUMENT to each key, with the relationship's properties
// (e.g. inferred, method), in source order; keys without any give no row.
UNWIND $keys AS key
MATCH (n:Document {key: key})<-[r:FROM_DOCUMENT]-(m:StatedFigure)
WITH key, m, r ORDER BY m.startLine, m.key
RETURN key, collect({node: m, link: properties(r)}) AS items
