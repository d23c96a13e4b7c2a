import type { PlanIndicatorRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { parseTarget } from '../tables/indicator-target.js';
import { sourceRef, type ExtractContext } from './extract-context.js';

const cellsOf = (t: string): string[] => t.split('\t').map((c) => c.trim());
const YEAR = /(20\d{2})\s*年/u;

/** A plan value: "[60]" is cumulative over the plan period; "<5" keeps its bound. */
function planValue(cell: string | undefined): { value: string | null; cumulative: boolean; operator: PlanIndicatorRecord['targetOperator'] } {
  const t = (cell ?? '').trim();
  if (!t || /^[—\-–]+$/u.test(t)) return { value: null, cumulative: false, operator: null };
  const cum = /^\[(.+)\]$/u.exec(t);
  const inner = cum ? (cum[1] ?? '') : t;
  const parsed = parseTarget(inner);
  const numeric = parsed.target !== null && parsed.unitOfMeasure === null;
  return { value: numeric ? parsed.target : inner, cumulative: cum !== null, operator: numeric && parsed.operator !== '=' ? parsed.operator : null };
}

/**
 * 专栏 indicator panel: header 指标 [单位] base-year … target-year [属性]; rows "N. 名称（单位）".
 * Panels without a year header (lists of actions) yield no indicators.
 */
export function extractPlanPanel(ctx: ExtractContext, seg: TableSegment): PlanIndicatorRecord[] {
  const headerLine = seg.body.find((l) => /^指标\t/u.test(l.text));
  if (!headerLine) return [];
  const h = cellsOf(headerLine.text);
  const yearCols = h.map((c, i) => (YEAR.test(c) && !/实际/u.test(c) ? i : -1)).filter((i) => i >= 0);
  const actualCol = h.findIndex((c) => /实际/u.test(c));
  const unitCol = h.findIndex((c) => c === '单位');
  const natureCol = h.findIndex((c) => /属性/u.test(c));
  const [baseCol, targetCol] = [yearCols[0] ?? -1, yearCols[yearCols.length - 1] ?? -1];
  const yearOf = (i: number): number | null => (i >= 0 ? Number(YEAR.exec(h[i] ?? '')?.[1] ?? NaN) || null : null);
  const out: PlanIndicatorRecord[] = [];
  for (const l of seg.body) {
    const c = cellsOf(l.text);
    const m = /^(\d+)\.\s*(.+)$/u.exec(c[0] ?? '');
    if (!m || l === headerLine) continue;
    let name = (m[2] ?? '').trim();
    const unitInName = /[（(]([^（）()]+)[)）]$/u.exec(name);
    const unit = unitCol >= 0 ? c[unitCol] || null : (unitInName?.[1] ?? null);
    if (unitInName && unitCol < 0) name = name.slice(0, unitInName.index);
    const base = planValue(c[baseCol]);
    const target = planValue(c[targetCol]);
    const nature = natureCol >= 0 ? c[natureCol] ?? '' : '';
    out.push({
      panel: seg.title, name, unitOfMeasure: unit, baseValue: base.value, baseYear: yearOf(baseCol), targetValue: target.value, targetYear: yearOf(targetCol),
      cumulative: target.cumulative, nature: /约束/u.test(nature) ? 'BINDING' : /预期/u.test(nature) ? 'INDICATIVE' : null,
      targetOperator: target.operator, actualValue: actualCol >= 0 ? planValue(c[actualCol]).value : undefined,
      raw: l.text.replace(/\t+/g, ' | '), source: sourceRef(ctx, l.no),
    });
  }
  return out;
}
