import type { Direction, IndicatorRecord, MoneyFact } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount, yiToWan } from '../tables/amount.js';
import { indicatorFromCells, type IndicatorState } from './indicator-rows.js';
import { sourceRef, tableRef, type ExtractContext } from './extract-context.js';

const cellsOf = (t: string): string[] => t.split('\t').map((c) => c.trim());

/** 社会保险基金收支预算总表: one column per fund; 一、收入 / 二、支出 sections set the direction. */
export function extractFundIncomeExpense(ctx: ExtractContext, seg: TableSegment): MoneyFact[] {
  const table = tableRef(ctx, seg);
  const header = seg.body.find((l) => /^项\s*目\t/u.test(l.text));
  const funds = header ? cellsOf(header.text).slice(1).map((f) => f.replace(/\s+/g, '')) : [];
  let direction: Direction = 'REVENUE';
  const out: MoneyFact[] = [];
  seg.body.forEach((l) => {
    if (l === header || !l.text.includes('\t')) return;
    const c = cellsOf(l.text);
    const label = c[0] ?? '';
    if (/^[一二三四五六七八九十]+、.*支出/u.test(label)) direction = 'EXPENDITURE';
    if (/^[一二三四五六七八九十]+、.*收入/u.test(label)) direction = 'REVENUE';
    const balance = /结余/u.test(label);
    c.slice(1).forEach((tok, i) => {
      if (!tok) return;
      if (!isAmount(tok)) {
        if (isGarbledAmount(tok) || /\d/.test(tok)) throw new DocumentParseError(ctx.fileName, l.no, `an amount in column ${funds[i] ?? i + 1} of table ${seg.title}`, `"${tok}"`);
        return;
      }
      const amount = parseAmount(tok);
      const rowIndex = out.length;
      out.push({
        key: `${table.index}:${rowIndex}:${funds[i] ?? i}`, table, rowIndex, rowLabel: label, column: [funds[i] ?? ''], amount, amountRaw: tok, unitRaw: '万元', year: ctx.year,
        direction, subjectScheme: null, subjectCode: null, sourceOfFunds: funds[i] ?? null, kind: balance ? 'OTHER' : 'TOTAL', unitName: null,
        isSubtotal: /^[一二三四五六七八九十]+、/u.test(label), source: sourceRef(ctx, l.no),
      });
    });
  });
  return out;
}

/** Fund performance table: money lines in 亿元 (converted exactly to 万元) and indicators. */
export function extractFundPerformance(ctx: ExtractContext, seg: TableSegment): { facts: MoneyFact[]; indicators: IndicatorRecord[] } {
  const table = tableRef(ctx, seg);
  const facts: MoneyFact[] = [];
  const indicators: IndicatorRecord[] = [];
  const state: IndicatorState = { level1: null, level2: null };
  let inIndicators = false;
  for (const l of seg.body) {
    const c = cellsOf(l.text).filter((x) => x);
    const money = c.findIndex((x) => /金额\s*[（(](亿元|万元)[)）]/u.test(x));
    if (money >= 0) {
      const label = c[money] ?? '';
      const tok = c[money + 1] ?? '';
      if (!isAmount(tok)) throw new DocumentParseError(ctx.fileName, l.no, `an amount after ${label} in table ${seg.title}`, `"${tok}"`);
      const yi = /亿元/u.test(label);
      facts.push({
        key: `${table.index}:${facts.length}:${label}`, table, rowIndex: facts.length, rowLabel: label.replace(/[:：]$/u, ''), column: ['资金情况'],
        amount: yi ? yiToWan(parseAmount(tok)) : parseAmount(tok), amountRaw: tok, unitRaw: yi ? '亿元' : '万元', year: ctx.year,
        direction: /支出/u.test(label) ? 'EXPENDITURE' : 'REVENUE', subjectScheme: null, subjectCode: null, sourceOfFunds: null, kind: 'TOTAL', unitName: null, isSubtotal: false, source: sourceRef(ctx, l.no),
      });
      continue;
    }
    if (c.some((x) => /一级\s*指标/u.test(x))) {
      inIndicators = true;
      continue;
    }
    if (!inIndicators) continue;
    const ind = indicatorFromCells(ctx, c.filter((x) => !/^绩效\s*指标$/u.test(x)), state, l.no);
    if (ind) indicators.push(ind);
  }
  return { facts, indicators };
}
