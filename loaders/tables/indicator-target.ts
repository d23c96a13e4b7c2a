import type { Operator } from '../records/types.js';

export interface Target {
  operator: Operator | null;
  /** Exact decimal string, or null when the target has no number. */
  target: string | null;
  unitOfMeasure: string | null;
}

const OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/^(≥|>=|＞=|大于等于|不低于|不少于)/u, '>='],
  [/^(≤|<=|＜=|小于等于|不高于|不超过|不多于)/u, '<='],
  [/^(>|＞|大于|高于)/u, '>'],
  [/^(<|＜|小于|低于)/u, '<'],
  [/^(=|＝|等于)/u, '='],
];

/** An operator cell or token on its own (Xiamen 指标方向, fund tables). */
export const OPERATOR_TOKEN = /^(≥|≤|>=|<=|>|<|=|＝|＞|＜|大于等于|小于等于|大于|小于|等于|有所提升|有所提高|有所下降|逐步提升|稳步提升)$/u;

/** Does a cell look like a target (an operator, or a number with a unit)? */
export function looksLikeTarget(cell: string): boolean {
  const t = cell.trim();
  return OPERATORS.some(([re]) => re.test(t)) || OPERATOR_TOKEN.test(t) || /^\d+(\.\d+)?\s*(%|％|[\u4e00-\u9fa5]{1,4}(\/[\u4e00-\u9fa5]+)*)?$/u.test(t);
}

/** "≥95%", "≤5 天", "=210元/月/人", "大于等于 90 %", "有所提升", "不低于3个月…" → operator, number, unit. */
export function parseTarget(raw: string): Target {
  let t = raw.trim().replace(/\s+/g, ' ');
  let operator: Operator | null = null;
  for (const [re, op] of OPERATORS) {
    const m = re.exec(t);
    if (m) {
      operator = op;
      t = t.slice(m[0].length).trim();
      break;
    }
  }
  const num = /^(-?\d+(?:\.\d+)?)\s*(.*)$/u.exec(t);
  if (!num) return { operator: operator ?? (t ? 'QUALITATIVE' : null), target: null, unitOfMeasure: null };
  const unit = (num[2] ?? '').trim().replace(/^百分比$/u, '%').replace(/^％$/u, '%');
  // "不低于3个月整存整取定期存款利率": the number belongs to a description, not a target.
  if (unit.length > 8 || /[。；]/u.test(unit)) return { operator: operator ?? 'QUALITATIVE', target: null, unitOfMeasure: null };
  return { operator: operator ?? '=', target: num[1] ?? null, unitOfMeasure: unit || null };
}
