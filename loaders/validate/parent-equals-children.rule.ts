/**
 * PARENT_EQUALS_CHILDREN: per table and column, a parent row equals the sum of its listed direct
 * children. Coded parents: functional 类 = Σ 款, 款 = Σ 项; economic 类 = Σ 款 (prefix rule).
 * Uncoded parents (一、收入 over 1. 2. …) only when the parser marked them as subtotals, because a
 * 其中 list may legitimately be partial.
 */
import type { ValidationIssue } from '../records/types.js';
import { columnName, rowName, sumRows } from './group-sums.js';
import { compare } from './issue-builder.js';
import { toDecimal } from './money.js';
import { rowsOf, type DocumentIndex } from './table-rows.js';

export function checkParentEqualsChildren(index: DocumentIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const group of index.groups) {
    for (const parent of rowsOf(index, group.table, group.direction)) {
      if (parent.children.length === 0) continue;
      if (parent.code === null && !parent.isSubtotal) continue;
      const parentFact = group.cells.get(parent.key);
      const actual = parentFact === undefined ? null : toDecimal(parentFact.amount);
      if (parentFact === undefined || actual === null) continue;
      const children = sumRows(group, parent.children);
      const issue = compare({
        rule: 'PARENT_EQUALS_CHILDREN',
        subject:
          `${rowName(parent)}${columnName(group)} in 《${group.table.title}》 vs the sum of its ` +
          `${parent.children.length} listed children (${parent.children.map(rowName).join(' ')})`,
        expected: children.value,
        actual,
        facts: [parentFact, ...children.facts],
        table: group.table,
      });
      if (issue !== null) issues.push(issue);
    }
  }
  return issues;
}
