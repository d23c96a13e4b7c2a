import type { IndicatorRecord, ProjectRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { Decimal } from 'decimal.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, parseAmount } from '../tables/amount.js';
import { OPERATOR_TOKEN } from '../tables/indicator-target.js';
import { indicatorFromCells, type IndicatorState } from './indicator-rows.js';
import { tableRef, type ExtractContext } from './extract-context.js';
import { transferRecipients } from './transfer-recipients.js';

const FIELD = /^(项目名称|实施单位|总目标|年度目标|投入目标|预算资金|资金使用范围|资金投入计划|绩效指标|一级指标)/u;
const stripCode = (s: string): string => s.replace(/^\d{3,}-/, '').trim();

/**
 * Project performance table in the single-space layout (Xiamen 一级项目绩效目标表): labelled lines
 * (项目名称 … 实施期限 …, 实施单位 … 主管部门 …, 预算资金 X 万元 其中：财政拨款数 Y 万元) then
 * indicator lines whose names may wrap onto the lines before their operator.
 */
export function extractProjectSpace(ctx: ExtractContext, seg: TableSegment): ProjectRecord {
  const table = tableRef(ctx, seg);
  const p: ProjectRecord = {
    key: `project:${table.index}`, name: seg.title, unitName: null, supervisingDepartment: null, totalFunds: null, fiscalFunds: null, otherFunds: null,
    period: null, basis: null, goalText: null, disbursementPlan: null, isTransfer: false, recipients: [], indicators: [], source: table.source,
  };
  const indicators: IndicatorRecord[] = [];
  const state: IndicatorState = { level1: null, level2: null };
  let field = '';
  let pending = '';
  let pendingStart = 0;
  for (const l of seg.body) {
    const t = l.text.trim();
    if (!t || /^\d{1,3}$/.test(t) || /^（\d{4}年）$/u.test(t)) continue;
    const tokens = t.split(/\s+/);
    const f = FIELD.exec(t)?.[1];
    if (f) field = f;
    if (f === '项目名称') {
      const m = /^项目名称\s+(.+?)(?:\s+实施期限\s+(.+))?$/u.exec(t);
      p.name = m?.[1] ?? p.name;
      p.period = m?.[2] ?? null;
    } else if (f === '实施单位') {
      const m = /^实施单位\s+(.+?)(?:\s+主管部门\s+(.+))?$/u.exec(t);
      p.unitName = m?.[1] ? stripCode(m[1]) : null;
      p.supervisingDepartment = m?.[2] ? stripCode(m[2]) : null;
    } else if (f === '总目标' || f === '年度目标') {
      const text = t.replace(/^(总目标|年度目标)\s*/u, '');
      if (f === '年度目标' || !p.goalText) p.goalText = text || p.goalText;
    } else if (f === '预算资金') {
      const nums = tokens.filter((x) => /\d/.test(x));
      const [total, fiscal] = nums;
      for (const n of nums) if (!isAmount(n)) throw new DocumentParseError(ctx.fileName, l.no, `an amount in column 预算资金 of table ${seg.title}`, `"${n}"`);
      p.totalFunds = total ? parseAmount(total) : null;
      p.fiscalFunds = fiscal ? parseAmount(fiscal) : null;
      if (p.totalFunds && p.fiscalFunds) p.otherFunds = new Decimal(p.totalFunds).minus(p.fiscalFunds).toFixed(2);
    } else if (f === '资金投入计划') p.disbursementPlan = t.replace(/^资金投入计划\s*/u, '') || null;
    else if (f === '一级指标') field = 'INDICATORS';
    else if (field === 'INDICATORS') {
      const op = tokens.findIndex((x) => OPERATOR_TOKEN.test(x));
      if (op < 0) {
        const before = indicatorFromCells(ctx, tokens, state, l.no);
        if (before) {
          if (!pending) pendingStart = l.no;
          pending += before.name;
        }
        continue;
      }
      const ind = indicatorFromCells(ctx, tokens, state, pending ? pendingStart : l.no, l.no, pending);
      pending = '';
      if (ind) indicators.push(ind);
    }
  }
  p.indicators = indicators;
  p.isTransfer = /转移支付/u.test(p.name);
  if (p.isTransfer) p.recipients = transferRecipients(p.goalText ?? '');
  return p;
}
