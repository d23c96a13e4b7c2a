import type { ParseIssue, ValidationIssue } from '../../loaders/records/types.js';
import { renderTable } from './text-table.js';

const lines = (i: { startLine: number; endLine: number }): string => (i.startLine === i.endLine ? String(i.startLine) : `${i.startLine}-${i.endLine}`);

/** Validation issues, one row each; amounts are the 万元 decimal strings the rules computed. */
export function issuesTable(issues: readonly ValidationIssue[]): string {
  return renderTable(
    [{ header: 'rule' }, { header: 'severity' }, { header: 'expected', right: true }, { header: 'actual', right: true }, { header: 'difference', right: true }, { header: 'lines' }, { header: 'message' }],
    issues.map((i) => [i.rule, i.severity, i.expected ?? '-', i.actual ?? '-', i.difference ?? '-', lines(i), i.message]),
  );
}

/** Parse issues (what the parser could not read or had to place), one row each. */
export function parseIssuesTable(issues: readonly ParseIssue[]): string {
  return renderTable(
    [{ header: 'code' }, { header: 'severity' }, { header: 'lines' }, { header: 'message' }],
    issues.map((i) => [i.code, i.severity, lines(i), i.message]),
  );
}
