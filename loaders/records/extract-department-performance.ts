import type { IndicatorRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { OPERATOR_TOKEN } from '../tables/indicator-target.js';
import { indicatorFromCells, type IndicatorState } from './indicator-rows.js';
import type { ExtractContext } from './extract-context.js';

/**
 * 部门整体支出绩效目标表: indicator lines "名称 指标方向 目标值 计量单位" among task names and project
 * lists; a name wrapped onto the line before its operator is joined to it.
 */
export function extractDepartmentPerformance(ctx: ExtractContext, seg: TableSegment): IndicatorRecord[] {
  const out: IndicatorRecord[] = [];
  const state: IndicatorState = { level1: null, level2: null };
  let started = false;
  let previous = '';
  let previousLine = 0;
  let previousOne = '';
  for (const l of seg.body) {
    const tokens = l.text.split(/[\t ]+/).map((t) => t.trim()).filter((t) => t);
    if (tokens.some((t) => /指标方向/u.test(t))) {
      started = true;
      continue;
    }
    if (!started || tokens.length === 0) continue;
    const op = tokens.findIndex((t) => OPERATOR_TOKEN.test(t));
    if (op < 0) {
      // A wrapped name spans at most two lines before its operator line.
      previous = /\d|万元|^,/u.test(l.text) ? '' : (previousOne + tokens.join('')).slice(0, 40);
      previousOne = /\d|万元|^,/u.test(l.text) ? '' : tokens.join('');
      previousLine = l.no;
      continue;
    }
    const pending = op === 0 ? previous : '';
    const ind = indicatorFromCells(ctx, [tokens.slice(0, op).join(''), ...tokens.slice(op, op + 3)].filter((t) => t), state, pending ? previousLine : l.no, l.no, pending);
    if (ind) out.push(ind);
    previous = '';
    previousOne = '';
  }
  return out;
}
