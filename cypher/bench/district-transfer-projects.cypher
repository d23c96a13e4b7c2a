// Bench floor, in the order the API query asks for (docs/examples/01): project budgets of a city funded by transfers to districts
// (a transfer received by, or a recipient of, level in $levels), with their nested details.
MATCH (d:Document {city: $city})<-[:FROM_DOCUMENT]-(b:ProjectBudget)
WHERE EXISTS { (b)<-[:FUNDS]-(:TransferPayment)-[:RECEIVED_BY]->(g:Government) WHERE g.level IN $levels }
   OR EXISTS { (b)-[:TRANSFERS_TO]->(g:Government) WHERE g.level IN $levels }
RETURN b {
  .name, .year, .totalFunds, .fiscalFunds, .unit, .isTransfer,
  document: d {.city, .title},
  recipients: [(b)-[:TRANSFERS_TO]->(g:Government) | g {.name, .level}],
  transfers: [(b)<-[r:FUNDS]-(t:TransferPayment) | {inferred: r.inferred, method: r.method, transfer: t {
    .amount, .unit, recipientName: t.recipient, .sourceBudget, .transferType,
    recipient: head([(t)-[:RECEIVED_BY]->(g:Government) | g {.name, .level}]),
    code: head([(t)-[:FOR_CODE]->(c:SubjectCode) | c {.code, .name}])}}],
  indicators: [(b)-[:HAS_INDICATOR]->(i:Indicator) | i {.level1, .level2, .name, .operator, .target, .unitOfMeasure}]
} AS row
ORDER BY toFloat(b.fiscalFunds) DESC
LIMIT 100
