// Export: transfer payments (转移支付) with payer, recipient and subject code; amounts exact in 万元.
// Filters optional (null: any); $subjectCode is a code prefix.
MATCH (tp:TransferPayment)-[:FROM_DOCUMENT]->(d:Document)
WHERE ($city IS NULL OR d.city = $city)
  AND ($documentKey IS NULL OR d.key = $documentKey)
  AND ($year IS NULL OR tp.year = $year)
  AND ($subjectCode IS NULL OR tp.subjectCode STARTS WITH $subjectCode)
OPTIONAL MATCH (tp)-[:RECEIVED_BY]->(g:Government)
RETURN tp.key AS transfer_key, tp.year AS year, d.city AS city,
       d.key AS document_key, d.title AS document_title,
       tp.payer AS payer, tp.recipient AS recipient, g.key AS recipient_government_key,
       tp.subjectCode AS subject_code, tp.subjectName AS subject_name,
       tp.sourceBudget AS source_budget, tp.transferType AS transfer_type, tp.projectName AS project_name,
       tp.amount AS amount, tp.unit AS unit, tp.startLine AS start_line, tp.endLine AS end_line
ORDER BY d.key, tp.startLine, tp.key
