/**
 * CROSS_TABLE_TOTAL: a figure printed in several tables agrees. The first table (in document
 * order) that prints the figure is the reference; every other table that prints it differently
 * gets one issue naming both tables and both figures as printed. Nothing is smoothed over: a
 * table that disagrees is reported even when a third table agrees with it.
 */
import type { ParsedDocument, ValidationIssue } from '../records/types.js';
import { FIGURE_DEFINITIONS, type Sighting } from './cross-table-figures.js';
import { cellName, compare } from './issue-builder.js';
import { toDecimal } from './money.js';
import type { DocumentIndex } from './table-rows.js';

export function checkCrossTableTotals(index: DocumentIndex, doc: ParsedDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const definition of FIGURE_DEFINITIONS) {
    const byKey = new Map<string, Sighting[]>();
    for (const sighting of definition.collect(index, doc)) {
      const list = byKey.get(sighting.key) ?? [];
      // One sighting per table: the first in row order (本年 before 上年结转 in a summary table).
      const same = list.find((s) => s.fact.table.index === sighting.fact.table.index);
      if (same === undefined) list.push(sighting);
      else if (sighting.fact.rowIndex < same.fact.rowIndex) list.splice(list.indexOf(same), 1, sighting);
      byKey.set(sighting.key, list);
    }
    for (const [key, sightings] of byKey) {
      const [reference, ...others] = [...sightings].sort((a, b) => a.fact.table.index - b.fact.table.index);
      const expected = reference === undefined ? null : toDecimal(reference.fact.amount);
      if (reference === undefined || expected === null) continue;
      for (const other of others) {
        const actual = toDecimal(other.fact.amount);
        if (actual === null) continue;
        const issue = compare({
          rule: 'CROSS_TABLE_TOTAL',
          subject: `${definition.name} (${key}): ${cellName(other.fact)} vs ${cellName(reference.fact)}`,
          expected,
          actual,
          facts: [reference.fact, other.fact],
          table: other.fact.table,
        });
        if (issue !== null) issues.push(issue);
      }
    }
  }
  return issues;
}
