import type { IndicatorRecord, ProjectRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount } from '../tables/amount.js';
import { indicatorFromCells, type IndicatorState } from './indicator-rows.js';
import { sourceRef, tableRef, type ExtractContext } from './extract-context.js';
import { transferRecipients } from './transfer-recipients.js';

function nonEmpty(text: string): string[] {
  return text.split('\t').map((c) => c.trim()).filter((c) => c !== '');
}

/** Project performance table in the tab layout (one table per project, Fuzhou family). */
export function extractProjectTab(ctx: ExtractContext, seg: TableSegment): ProjectRecord {
  const table = tableRef(ctx, seg);
  const name = seg.title.replace(/\s*项目(支出)?绩效目标表.*$/u, '').trim();
  const p: ProjectRecord = {
    key: `project:${table.index}`, name, unitName: null, supervisingDepartment: null, totalFunds: null, fiscalFunds: null, otherFunds: null,
    period: null, basis: null, goalText: null, disbursementPlan: null, isTransfer: /转移支付/u.test(name), recipients: [], indicators: [], source: table.source,
  };
  let inIndicators = false;
  const state: IndicatorState = { level1: null, level2: null };
  const money = (cells: string[], label: string, line: number): string | null => {
    const v = cells.slice(cells.indexOf(label) + 1).find((c) => c !== '');
    if (v === undefined) return null;
    if (isAmount(v)) return parseAmount(v);
    if (isGarbledAmount(v) || /^\d/.test(v)) throw new DocumentParseError(ctx.fileName, line, `an amount in column ${label} of table ${seg.title}`, `"${v}"`);
    return null;
  };
  const indicators: IndicatorRecord[] = [];
  for (const l of seg.body) {
    const cells = nonEmpty(l.text);
    const first = cells[0] ?? '';
    if (cells.length === 0) continue;
    if (/^备注/u.test(first) || /^-{2,}/.test(first)) {
      inIndicators = false;
      continue;
    }
    if (inIndicators) {
      const ind = indicatorFromCells(ctx, cells, state, l.no);
      if (ind) indicators.push(ind);
      continue;
    }
    const label = (re: RegExp): number => cells.findIndex((c) => re.test(c));
    if (label(/^绩效目标指标|^绩效指标/u) >= 0 || (cells.includes('一级指标') && cells.includes('三级指标'))) inIndicators = true;
    else if (label(/^项目立项的依据$/u) >= 0) p.basis = cells.slice(label(/^项目立项的依据$/u) + 1).join(' ') || null;
    else if (label(/^资金总额$/u) >= 0) p.totalFunds = money(cells, '资金总额', l.no);
    else if (label(/^财政拨款$/u) >= 0) p.fiscalFunds = money(cells, '财政拨款', l.no);
    else if (label(/^其他资金$/u) >= 0) p.otherFunds = money(cells, '其他资金', l.no);
    else if (label(/^项目实施期目标$|^年度目标$/u) >= 0) p.goalText = cells.slice(1).join(' ') || null;
    else if (label(/^实施期限$|^项目期限$/u) >= 0) p.period = cells[label(/^实施期限$|^项目期限$/u) + 1] ?? null;
    else if (label(/^实施单位$/u) >= 0) p.unitName = cells[label(/^实施单位$/u) + 1] ?? null;
  }
  p.indicators = indicators;
  // Money passed down to counties/districts is a transfer even when the name does not say so.
  if (!p.isTransfer && /(下达|补助|拨付|转移支付)[^。；]{0,8}(县[（(]市[)）]区|县市区|各区|区县)/u.test(p.goalText ?? '')) p.isTransfer = true;
  if (p.isTransfer) p.recipients = transferRecipients(`${p.goalText ?? ''} ${indicators.map((i) => i.name).join(' ')}`);
  const last = seg.body[seg.body.length - 1];
  if (last) p.source = sourceRef(ctx, seg.titleLine, last.no);
  return p;
}
