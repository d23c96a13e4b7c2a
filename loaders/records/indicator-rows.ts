import type { IndicatorRecord } from './types.js';
import { OPERATOR_TOKEN, looksLikeTarget, parseTarget } from '../tables/indicator-target.js';
import type { ExtractContext } from './extract-context.js';
import { sourceRef } from './extract-context.js';

const LEVEL1 = /^(成本|产出|效益|满意度)指标$/u;
const LEVEL2 = /^(数量|质量|时效|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标$/u;

/** Running level-1/level-2 labels: rows inherit them from the rows above (merged cells). */
export interface IndicatorState {
  level1: string | null;
  level2: string | null;
}

/**
 * One indicator row from its non-empty cells or tokens. Level labels are recognised by their words
 * wherever the extraction put them (rows are often shifted a cell left or right); the target is the
 * part from the first operator or target-looking cell on; the name is the cell before it.
 */
export function indicatorFromCells(ctx: ExtractContext, cells: string[], state: IndicatorState, line: number, endLine = line, pendingName = ''): IndicatorRecord | null {
  const rest: string[] = [];
  for (const raw of cells) {
    const c = raw.replace(/\s+/g, '');
    if (LEVEL1.test(c)) {
      state.level1 = c;
      state.level2 = null;
    } else if (LEVEL2.test(c)) state.level2 = c;
    else if (c) rest.push(raw.trim());
  }
  if (rest.length === 0) return null;
  let at = rest.findIndex((c, i) => (i > 0 || pendingName !== '') && (OPERATOR_TOKEN.test(c) || looksLikeTarget(c)));
  if (at < 0 && rest.length >= 2) at = rest.length - 1;
  const nameCells = at < 0 ? rest : rest.slice(0, at);
  const name = (pendingName + nameCells.join('')).trim();
  if (!name) return null;
  const raw = at < 0 ? '' : rest.slice(at).join(' ');
  const t = raw ? parseTarget(raw) : { operator: null, target: null, unitOfMeasure: null };
  return { level1: state.level1, level2: state.level2, name, operator: t.operator, target: t.target, unitOfMeasure: t.unitOfMeasure, raw, source: sourceRef(ctx, line, endLine) };
}
