/**
 * REVENUE_EQUALS_EXPENDITURE: in a two-sided summary table (收支预算总表, 财政拨款收支预算总表) the
 * revenue grand total equals the expenditure grand total. In a fund's income/expense table the
 * two legitimately differ by the year's balance, so there revenue − expenditure = the stated
 * 本年收支结余; a fund table that states no balance is not checked (a surplus is not an error).
 */
import type { TableRole, ValidationIssue } from '../records/types.js';
import { compare } from './issue-builder.js';
import { toDecimal } from './money.js';
import { isBalanceLabel } from './row-labels.js';
import { describeTotal, sideTotal, statedTotal } from './table-totals.js';
import type { ColumnGroup, DocumentIndex } from './table-rows.js';

const BALANCED_SUMMARIES: ReadonlySet<TableRole> = new Set(['REVENUE_EXPENDITURE_SUMMARY', 'FISCAL_SUMMARY']);
const FUND_TABLES: ReadonlySet<TableRole> = new Set(['FUND_INCOME_EXPENSE']);

export function checkRevenueEqualsExpenditure(index: DocumentIndex): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const table of index.tables) {
    const groups = index.groups.filter((g) => g.table.index === table.index);
    const sides = groups.filter((g) => ![...g.cells.values()].every((f) => isBalanceLabel(f.rowLabel)));
    for (const [revenue, expenditure] of pairSides(sides)) {
      if (BALANCED_SUMMARIES.has(table.role)) {
        const rev = statedTotal(index, revenue);
        const exp = statedTotal(index, expenditure);
        if (rev === null || exp === null) continue;
        const issue = compare({
          rule: 'REVENUE_EQUALS_EXPENDITURE',
          subject: `${describeTotal(exp, 'expenditure')} vs ${describeTotal(rev, 'revenue')} in 《${table.title}》`,
          expected: rev.value,
          actual: exp.value,
          facts: [...rev.facts, ...exp.facts],
          table,
        });
        if (issue !== null) issues.push(issue);
      } else if (FUND_TABLES.has(table.role)) {
        const balanceFact = groups
          .filter((g) => g.column.join('/') === revenue.column.join('/'))
          .flatMap((g) => [...g.cells.values()])
          .find((f) => isBalanceLabel(f.rowLabel));
        const balance = balanceFact === undefined ? null : toDecimal(balanceFact.amount);
        const rev = sideTotal(index, revenue);
        const exp = sideTotal(index, expenditure);
        if (balanceFact === undefined || balance === null || rev === null || exp === null) continue;
        const stated = compare({
          rule: 'REVENUE_EQUALS_EXPENDITURE',
          subject:
            `「${balanceFact.rowLabel}」 in 《${table.title}》 vs ${describeTotal(rev, 'revenue')} − ` +
            `${describeTotal(exp, 'expenditure')}`,
          expected: rev.value.minus(exp.value),
          actual: balance,
          facts: [balanceFact, ...rev.facts, ...exp.facts],
          table,
        });
        if (stated !== null) issues.push(stated);
      }
    }
  }
  return issues;
}

/** Revenue and expenditure columns of one table, paired by column path (or the only one of each). */
function pairSides(groups: readonly ColumnGroup[]): Array<[ColumnGroup, ColumnGroup]> {
  const revenue = groups.filter((g) => g.direction === 'REVENUE');
  const expenditure = groups.filter((g) => g.direction === 'EXPENDITURE');
  if (revenue.length === 1 && expenditure.length === 1 && revenue[0] !== undefined && expenditure[0] !== undefined) {
    return [[revenue[0], expenditure[0]]];
  }
  const pairs: Array<[ColumnGroup, ColumnGroup]> = [];
  for (const r of revenue) {
    const e = expenditure.find((g) => g.column.join('/') === r.column.join('/') && g.unitRaw === r.unitRaw);
    if (e !== undefined) pairs.push([r, e]);
  }
  return pairs;
}
