import type { StatedFigureRecord, TargetRecord } from './types.js';
import type { SourceLine } from '../text/source-lines.js';
import { parseAmount } from '../tables/amount.js';
import { sourceRef, type ExtractContext } from './extract-context.js';

/** Prose joined across wrapped lines, with the line each character came from. */
interface Prose {
  text: string;
  lineAt: number[];
}

function joinProse(lines: readonly SourceLine[]): Prose {
  let text = '';
  const lineAt: number[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (!t || /^\d{1,3}$/.test(t) || t.includes('\t')) continue;
    text += t;
    for (let i = 0; i < t.length; i++) lineAt.push(l.no);
  }
  return { text, lineAt };
}

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** "<subject>… X 万元，比上年(或比2023年预算数)增加 Y 万元，增长 Z%". */
const CHANGE = new RegExp(`([^。；，,]{2,40}?)${NUM}\\s*万元[^。；]{0,12}?比(?:上年|20\\d{2}年)[^增减持]{0,6}(增加|减少|增长|下降)\\s*${NUM}\\s*万元[，,]?\\s*(?:(增长|下降)\\s*${NUM}\\s*[%％])?`, 'gu');
/** "（一）2050303-技校教育 10957.52 万元" */
const CODE_AMOUNT = new RegExp(`(\\d{7})-([\\u4e00-\\u9fa5（）()]+)\\s*${NUM}\\s*万元`, 'gu');
/** Work targets: "城镇新增就业13万人以上", "城镇新增就业 60 万人以上". */
const TARGET = /(城镇新增就业|失业人员再就业|引进培养高层次人才|高技能人才|城镇登记失业率[^。，；\d]{0,6})\s*(\d+(?:\.\d+)?)\s*(万人|人|%)\s*(以上|以内|以下)?/gu;

/** Figures stated in prose, kept for cross-checks against the tables, and prose work targets. */
export function extractStatedFigures(ctx: ExtractContext, proseLines: readonly SourceLine[]): { figures: StatedFigureRecord[]; targets: TargetRecord[] } {
  const prose = joinProse(proseLines);
  const figures: StatedFigureRecord[] = [];
  const ref = (from: number, len: number) => {
    const a = prose.lineAt[from] ?? 1;
    const b = prose.lineAt[Math.max(from, from + len - 1)] ?? a;
    return sourceRef(ctx, a, b);
  };
  for (const m of prose.text.matchAll(CHANGE)) {
    const sign = m[3] === '减少' || m[3] === '下降' ? '-' : '';
    const pctSign = m[5] === '下降' ? '-' : '';
    figures.push({
      subject: (m[1] ?? '').trim(), subjectCode: null, amount: parseAmount(m[2] ?? '0'), previousAmount: null,
      change: sign + parseAmount(m[4] ?? '0'), changePercent: m[6] ? pctSign + (m[6] ?? '') : null, source: ref(m.index ?? 0, m[0].length),
    });
  }
  for (const m of prose.text.matchAll(CODE_AMOUNT)) {
    figures.push({ subject: m[2] ?? '', subjectCode: m[1] ?? null, amount: parseAmount(m[3] ?? '0'), previousAmount: null, change: null, changePercent: null, source: ref(m.index ?? 0, m[0].length) });
  }
  const targets: TargetRecord[] = [];
  for (const m of prose.text.matchAll(TARGET)) {
    const op = m[4] === '以上' ? '>=' : m[4] === '以内' || m[4] === '以下' ? '<=' : '=';
    const yearM = /(20\d{2})年/u.exec(prose.text.slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0));
    targets.push({ text: m[0], subject: (m[1] ?? '').trim(), operator: op, value: m[2] ?? null, unitOfMeasure: m[3] ?? null, year: yearM ? Number(yearM[1]) : ctx.year, source: ref(m.index ?? 0, m[0].length) });
  }
  return { figures, targets };
}
