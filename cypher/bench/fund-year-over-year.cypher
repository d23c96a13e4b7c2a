// Bench floor (docs/examples/03): a city's fund budgets with the figures their prose compares
// with last year and their performance targets.
MATCH (d:Document {kind: $kind, city: $city})
RETURN d {.title, .year,
  statedFigures: [(d)<-[:FROM_DOCUMENT]-(s:StatedFigure) | s {.subject, .amount, .previousAmount, .change, .changePercent, .unit, .startLine, .raw}],
  indicators: [(d)-[:HAS_INDICATOR]->(i:Indicator) | i {.level1, .level2, .name, .operator, .target, .unitOfMeasure, .targetRaw, .year}]
} AS row
