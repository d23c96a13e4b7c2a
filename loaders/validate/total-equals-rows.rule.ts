/**
 * TOTAL_EQUALS_ROWS: a 合计/总计 row equals the sum of the table's top-level rows in the same
 * column. Top level = no listed parent, so a 类 is added but never its 款 and 项 as well.
 * A total printed above the rows (收入预算总表) covers every row; a total printed below covers the
 * rows above it (本年收入合计 precedes 上年结转结余, 收入总计 covers both).
 */
import type { ValidationIssue } from '../records/types.js';
import { columnName, rowName, sumRows } from './group-sums.js';
import { compare } from './issue-builder.js';
import { toDecimal } from './money.js';
import { isTopLevel, rowsOf, type DocumentIndex } from './table-rows.js';

export function checkTotalEqualsRows(index: DocumentIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const group of index.groups) {
    const rows = rowsOf(index, group.table, group.direction);
    const topLevel = rows.filter(isTopLevel);
    const firstRowIndex = Math.min(...topLevel.map((r) => r.rowIndex));
    for (const totalRow of rows.filter((r) => r.isTotal)) {
      const totalFact = group.cells.get(totalRow.key);
      const actual = totalFact === undefined ? null : toDecimal(totalFact.amount);
      if (totalFact === undefined || actual === null) continue;
      const covered =
        totalRow.rowIndex < firstRowIndex ? topLevel : topLevel.filter((r) => r.rowIndex < totalRow.rowIndex);
      const sum = sumRows(group, covered);
      // A column holding only its total (no row has a cell in it) says nothing about the rows.
      if (sum.facts.length === 0) continue;
      const issue = compare({
        rule: 'TOTAL_EQUALS_ROWS',
        subject:
          `${rowName(totalRow)}${columnName(group)} in 《${group.table.title}》 vs the sum of its ` +
          `${covered.length} top-level rows`,
        expected: sum.value,
        actual,
        facts: [totalFact, ...sum.facts],
        table: group.table,
      });
      if (issue !== null) issues.push(issue);
    }
  }
  return issues;
}
