import type { StatedFigureRecord, TargetRecord } from './types.js';
import type { SourceLine } from '../text/source-lines.js';
import { parseAmount } from '../tables/amount.js';
import { sourceRef, type ExtractContext } from './extract-context.js';

/** A paragraph of prose joined across wrapped lines, with the line each character came from. */
interface Paragraph {
  text: string;
  lineAt: number[];
  /** The heading above the paragraph (for subjects such as "（一）因公出国（境）经费"). */
  heading: string;
}

/** Headings and numbered items start a new paragraph; wrapped lines continue it. */
const STARTS_PARAGRAPH = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[、．]|\d+\.(?!\d))/u;

function paragraphs(lines: readonly SourceLine[]): Paragraph[] {
  const out: Paragraph[] = [];
  let heading = '';
  let cur: Paragraph | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t || /^\d{1,3}$/.test(t) || t.includes('\t')) continue;
    const isHeading = l.heading || (t.length <= 24 && !/[。，；：,]$/u.test(t) && STARTS_PARAGRAPH.test(t) && !/\d+(\.\d+)?\s*万元/u.test(t));
    if (isHeading) heading = t;
    if (!cur || isHeading || STARTS_PARAGRAPH.test(t) || /[。：]$/u.test(cur.text)) {
      cur = { text: '', lineAt: [], heading };
      out.push(cur);
    }
    cur.text += t;
    for (let i = 0; i < t.length; i++) cur.lineAt.push(l.no);
  }
  return out;
}

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** "<subject> X 万元[（…）]，比上年(或比2023年预算数)增加 Y 万元，增长 Z%". */
const CHANGE = new RegExp(`([^。；，,]{2,60}?)${NUM}\\s*万元(?:(?!万元)[^。；]){0,24}?比(?:上年|20\\d{2}年)[^增减持]{0,6}(增加|减少|增长|下降)\\s*${NUM}\\s*万元[，,]?\\s*(?:(增长|下降)\\s*${NUM}\\s*[%％])?`, 'gu');
/** "（一）2050303-技校教育 10957.52 万元" */
const CODE_AMOUNT = new RegExp(`(\\d{7})-([\\u4e00-\\u9fa5（）()]+?)\\s*${NUM}\\s*万元`, 'gu');
/** "…（款）技校教育（项）3,644.00万元" */
const ITEM_AMOUNT = new RegExp(`([\\u4e00-\\u9fa5]+)（项）\\s*${NUM}\\s*万元`, 'gu');
/** Work targets: "城镇新增就业13万人以上", "城镇登记失业率保持在 5% 以内". */
const TARGET = /(城镇新增就业|失业人员再就业|引进培养高层次人才|高技能人才|城镇登记失业率[^。，；\d]{0,6})\s*(\d+(?:\.\d+)?)\s*(万人|人|%)\s*(以上|以内|以下)?/gu;
const AIM = /(力争|目标|确保|达到|保持在|控制在|新增|累计)/u;

/** Subject of a clause without its leading ordinal and year; a bare "预算安排" takes the heading. */
function subjectOf(clause: string, heading: string): string {
  const s = clause.replace(/^.*?20\d{2}\s*年度?[,，]?/u, '').replace(/^[（(][一二三四五六七八九十\d]+[）)]|^[一二三四五六七八九十]+、/u, '').trim();
  return s.length < 4 || /^预算安排/u.test(s) ? `${heading.replace(/^[（(][一二三四五六七八九十]+[）)]/u, '')} ${s}`.trim() : s;
}

/** Figures stated in prose, kept for cross-checks against the tables, and numeric work targets. */
export function extractStatedFigures(ctx: ExtractContext, proseLines: readonly SourceLine[], targetYear: number): { figures: StatedFigureRecord[]; targets: TargetRecord[] } {
  const figures: StatedFigureRecord[] = [];
  const targets: TargetRecord[] = [];
  for (const p of paragraphs(proseLines)) {
    const ref = (from: number, len: number) => sourceRef(ctx, p.lineAt[from] ?? 1, p.lineAt[from + len - 1] ?? p.lineAt[from] ?? 1);
    for (const m of p.text.matchAll(CHANGE)) {
      const sign = m[3] === '减少' || m[3] === '下降' ? '-' : '';
      figures.push({
        subject: subjectOf(m[1] ?? '', p.heading), subjectCode: null, amount: parseAmount(m[2] ?? '0'), previousAmount: null,
        change: sign + parseAmount(m[4] ?? '0'), changePercent: m[6] ? (m[5] === '下降' ? '-' : '') + (m[6] ?? '') : null, source: ref(m.index ?? 0, m[0].length),
      });
    }
    for (const re of [CODE_AMOUNT, ITEM_AMOUNT]) {
      for (const m of p.text.matchAll(re)) {
        const coded = re === CODE_AMOUNT;
        figures.push({ subject: (coded ? m[2] : m[1]) ?? '', subjectCode: coded ? (m[1] ?? null) : null, amount: parseAmount((coded ? m[3] : m[2]) ?? '0'), previousAmount: null, change: null, changePercent: null, source: ref(m.index ?? 0, m[0].length) });
      }
    }
    for (const m of p.text.matchAll(TARGET)) {
      const before = p.text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
      if (!m[4] && !AIM.test(before + m[0])) continue;
      const op = m[4] === '以上' ? '>=' : m[4] === '以内' || m[4] === '以下' ? '<=' : '=';
      targets.push({ text: m[0], subject: (m[1] ?? '').replace(/(保持在|为)$/u, '').trim(), operator: op, value: m[2] ?? null, unitOfMeasure: m[3] ?? null, year: targetYear, source: ref(m.index ?? 0, m[0].length) });
    }
  }
  return { figures, targets };
}
