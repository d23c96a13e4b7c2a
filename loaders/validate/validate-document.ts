/**
 * The validation stage: every violation of domain.md's validation rules in one parsed document,
 * as data. Pure: no I/O, no graph. Never throws on a well-formed ParsedDocument; a rule whose
 * tables the document lacks simply finds nothing.
 */
import type { ParsedDocument, ValidationIssue } from '../records/types.js';
import { checkBasicPlusProject } from './basic-plus-project.rule.js';
import { checkCrossTableTotals } from './cross-table-total.rule.js';
import { checkParentEqualsChildren } from './parent-equals-children.rule.js';
import { checkProjectSums } from './project-sum.rule.js';
import { checkRevenueEqualsExpenditure } from './revenue-equals-expenditure.rule.js';
import { checkStatedChanges } from './stated-change.rule.js';
import { indexDocument } from './table-rows.js';
import { checkTotalEqualsRows } from './total-equals-rows.rule.js';
import { checkUnitConversions } from './unit-conversion.rule.js';

export function validateDocument(doc: ParsedDocument): ValidationIssue[] {
  const index = indexDocument(doc);
  return [
    ...checkParentEqualsChildren(index),
    ...checkTotalEqualsRows(index),
    ...checkBasicPlusProject(index),
    ...checkRevenueEqualsExpenditure(index),
    ...checkCrossTableTotals(index, doc),
    ...checkProjectSums(doc),
    ...checkStatedChanges(doc),
    ...checkUnitConversions(index, doc),
  ].sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine || a.rule.localeCompare(b.rule));
}
