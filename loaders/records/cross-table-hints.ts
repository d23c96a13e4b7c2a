import { Decimal } from 'decimal.js';
import type { MoneyFact, ProjectRecord } from './types.js';
import type { ColumnSchema } from '../tables/column-schema.js';
import type { Hints } from '../tables/column-solver.js';
import type { TableSegment } from '../structure/segment-tables.js';
import type { CodeTableResult } from './extract-code-table.js';
import { TOTAL_KEY } from '../tables/column-solver.js';
import { bareLabel } from './extract-summary-table.js';

/**
 * What other tables of the same document say about a space-layout table's columns (see
 * tables/column-solver.ts): the summary table's revenue by source fixes the revenue-by-unit 合计
 * row; the general-appropriation table fixes each code's fiscal basic/project split; the project
 * tables' other funds fix the non-fiscal project expenditure.
 */
const norm = (s: string): string => s.replace(/拨款收入$|收入$|资金$|拨款$/u, '');

/** Hints for a code table from tables already read (see tables/column-solver.ts). */
export function hintsFor(seg: TableSegment, summary: MoneyFact[], gpe: CodeTableResult[], projects: readonly ProjectRecord[]): (schema: ColumnSchema) => Hints {
  return (schema) => {
    const hints: Hints = new Map();
    if (seg.role === 'REVENUE_SUMMARY' && summary.length > 0) {
      const total = new Map<number, string>();
      schema.columns.forEach((c, i) => {
        if (!c.source || c.path[0] === '上年结转结余' && c.path[1] !== '小计') return;
        const f = summary.find((x) => x.direction === 'REVENUE' && norm(bareLabel(x.rowLabel)) === norm(c.source ?? ''));
        total.set(i, f?.amount ?? '0');
      });
      hints.set(TOTAL_KEY, total);
    }
    if (seg.role === 'EXPENDITURE_SUMMARY') {
      const basicCol = schema.columns.findIndex((c) => c.source === '财政拨款' && c.kind === 'BASIC');
      const projectCol = schema.columns.findIndex((c) => c.source === '财政拨款' && c.kind === 'PROJECT');
      for (const t of gpe) {
        const b = t.schema?.columns.findIndex((c) => c.path[0] === '基本支出' && (c.path.length === 1 || c.path[1] === '小计')) ?? -1;
        const p = t.schema?.columns.findIndex((c) => c.kind === 'PROJECT') ?? -1;
        for (const r of t.rows) {
          const h = new Map<number, string>();
          if (basicCol >= 0 && b >= 0) h.set(basicCol, r.reading[b] ?? '0');
          if (projectCol >= 0 && p >= 0) h.set(projectCol, r.reading[p] ?? '0');
          hints.set(r.row.code ?? TOTAL_KEY, h);
        }
      }
      // The project tables say which money is non-fiscal: their other funds (资金总额 − 财政拨款)
      // add up to the department's non-fiscal project expenditure.
      const otherProject = schema.columns.findIndex((c) => c.source === '非财政拨款' && c.kind === 'PROJECT');
      if (otherProject >= 0 && projects.length > 0 && projects.every((p) => p.otherFunds !== null || p.totalFunds === p.fiscalFunds)) {
        const other = projects.reduce((a, p) => a.plus(p.otherFunds ?? 0), new Decimal(0));
        const h = hints.get(TOTAL_KEY) ?? new Map<number, string>();
        h.set(otherProject, other.toFixed(2));
        hints.set(TOTAL_KEY, h);
      }
    }
    return hints;
  };
}

