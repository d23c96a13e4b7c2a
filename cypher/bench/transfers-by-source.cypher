// Bench floor, in the order the API query asks for (docs/examples/16, one city): transfer payments with source budget, type and amount.
MATCH (d:Document {city: $city})<-[:FROM_DOCUMENT]-(t:TransferPayment)
RETURN t {.sourceBudget, .transferType, .amount, .unit, payerName: t.payer, recipientName: t.recipient,
  .subjectCode, .subjectName, .projectName, .startLine} AS row
ORDER BY t.sourceBudget, toFloat(t.amount) DESC
LIMIT 100
