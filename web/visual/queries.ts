/**
 * Every GraphQL query the visual explorer sends, by view (docs/visual-explorer.md): plain strings
 * with no browser code, so tests/visual-page.test.ts validates each one against the schema.
 */

// 1. Where the money goes (view-money-goes.ts)
export const WHERE_THE_MONEY_GOES = `query WhereTheMoneyGoes($documentKeys: [String!]) {
  total: budgetAggregate(groupBy: [], where: { documentKeys: $documentKeys }) { total factCount }
  totalSplit: budgetAggregate(groupBy: [SPENDING_TYPE], where: { documentKeys: $documentKeys }) { spendingType total }
  classes: budgetAggregate(groupBy: [FUNCTIONAL_CLASS], where: { documentKeys: $documentKeys }) { functionalCode { code name } total }
  classSplit: budgetAggregate(groupBy: [FUNCTIONAL_CLASS, SPENDING_TYPE], where: { documentKeys: $documentKeys }) { functionalCode { code } spendingType total }
  sections: budgetAggregate(groupBy: [FUNCTIONAL_SECTION], where: { documentKeys: $documentKeys }) { functionalCode { code name } total }
  sectionSplit: budgetAggregate(groupBy: [FUNCTIONAL_SECTION, SPENDING_TYPE], where: { documentKeys: $documentKeys }) { functionalCode { code } spendingType total }
  items: budgetAggregate(groupBy: [FUNCTIONAL_ITEM], where: { documentKeys: $documentKeys }) { functionalCode { code name } total }
  itemSplit: budgetAggregate(groupBy: [FUNCTIONAL_ITEM, SPENDING_TYPE], where: { documentKeys: $documentKeys }) { functionalCode { code } spendingType total }
}
`;

/** The projects behind a 项: the project budgets of this document funded by a transfer booked under the code. */
export const PROJECTS_UNDER_CODE = `query ProjectsUnderSubjectCode($documentKey: String!, $code: String!) {
  projectBudgets(first: 500, where: { documentSome: { key: { equals: $documentKey } }, transfersSome: { subjectCode: { equals: $code } } }) {
    totalCount
    edges { node { key name totalFunds fiscalFunds otherFunds unit implementingUnit { name } transfers { transfer { subjectCode amount recipientName } } } }
  }
}
`;

// 2. Where the money comes from and flows to (view-flows.ts)
export const MONEY_FLOWS = `query MoneyFlows($documentKeys: [String!]) {
  sources: budgetAggregate(groupBy: [FUND_SOURCE], where: { documentKeys: $documentKeys, direction: REVENUE }) { fundSource total factKeys }
  kinds: budgetAggregate(groupBy: [SPENDING_TYPE], where: { documentKeys: $documentKeys }) { spendingType total factKeys }
  kindClasses: budgetAggregate(groupBy: [SPENDING_TYPE, FUNCTIONAL_CLASS], where: { documentKeys: $documentKeys }) { spendingType functionalCode { code name } total factKeys }
}
`;

export const TRANSFER_FLOWS = `query TransferFlows($documentKey: String!) {
  transferPayments(first: 500, where: { documentSome: { key: { equals: $documentKey } } }) {
    totalCount
    edges { node { key payerName recipientName recipient { name level } amount unit subjectCode subjectName sourceBudget transferType projectName
      fundedBudgets { inferred method projectBudget { key name fiscalFunds totalFunds } } } }
  }
}
`;

export const ROWS_BEHIND_LINK = `query RowsBehindLink($keys: [String!]!) {
  provenance(keys: $keys) { key label document { title } tableTitle rowLabel column amount unit startLine endLine raw }
}
`;

// 3. Change over time (view-change.ts)
export const STATED_CHANGES = `query StatedChanges($documentKey: String) {
  statedChanges(documentKey: $documentKey) { key subject subjectCode year amount previousAmount change statedPercent recomputedPercent percentAgrees startLine endLine raw }
}
`;

const COMPARISON = 'points { subjectKey subjectName series year city documentKey documentTitle amount raw unitOfMeasure startLine endLine } changes { subjectKey series fromYear toYear fromDocumentKey toDocumentKey from to absolute percent }';

export const COMPARE: Record<string, { label: string; query: string; arg: string; example: string }> = {
  code: { label: '科目 Subject code', arg: 'code', example: '2080116', query: `query CompareSubjectCode($code: String!) {\n  compareSubjectCode(code: $code) { ${COMPARISON} }\n}\n` },
  project: { label: '项目 Project', arg: 'project', example: '人才引进与培养专项经费', query: `query CompareProject($project: String!) {\n  compareProject(project: $project) { ${COMPARISON} }\n}\n` },
  unit: { label: '单位 Budget unit', arg: 'unit', example: '厦门市人才服务中心', query: `query CompareUnit($unit: String!) {\n  compareUnit(unit: $unit) { ${COMPARISON} }\n}\n` },
  indicator: { label: '指标 Indicator', arg: 'name', example: '参保人员满意度', query: `query CompareIndicator($name: String!) {\n  compareIndicator(name: $name) { ${COMPARISON} }\n}\n` },
};

// 4. What does not add up (view-issues.ts)
export const WHAT_DOES_NOT_ADD_UP = `query WhatDoesNotAddUp($documentKey: String) {
  validationReport(documentKey: $documentKey, first: 500) {
    key rule severity stage table message expected actual difference unit startLine endLine
    facts { key tableTitle rowLabel column amount amountRaw unit startLine endLine raw }
  }
}
`;
