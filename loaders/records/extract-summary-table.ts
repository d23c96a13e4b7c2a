import type { Direction, MoneyFact } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount } from '../tables/amount.js';
import { sourceRef, tableRef, type ExtractContext } from './extract-context.js';

interface Pair {
  label: string;
  amount: string | null;
  /** The amount as printed. */
  raw: string;
  direction: Direction;
  line: number;
}

const EXPENDITURE_LABEL = /支出|年终结转/u;
const HEADER = /^(收\s*入|支\s*出|项\s*目|预算数)$/u;

function checkAmount(ctx: ExtractContext, seg: TableSegment, line: number, label: string, token: string): string | null {
  if (token === '') return null;
  if (isAmount(token)) return parseAmount(token);
  if (isGarbledAmount(token) || /\d/.test(token)) throw new DocumentParseError(ctx.fileName, line, `an amount in column 预算数 (row ${label}) of table ${seg.title}`, `"${token}"`);
  return null;
}

/** Tab layout: revenue label/amount in cells 0–1, expenditure label/amount in cells 2–3. */
function tabPairs(ctx: ExtractContext, seg: TableSegment): Pair[] {
  const out: Pair[] = [];
  for (const l of seg.body) {
    if (!l.text.includes('\t')) continue;
    const c = l.text.split('\t').map((x) => x.trim());
    ([[0, 'REVENUE'], [2, 'EXPENDITURE']] as const).forEach(([i, direction]) => {
      const label = c[i] ?? '';
      if (!label || HEADER.test(label)) return;
      out.push({ label, amount: checkAmount(ctx, seg, l.no, label, c[i + 1] ?? ''), raw: c[i + 1] ?? '', direction, line: l.no });
    });
  }
  return out;
}

/** Space layout: label/amount pairs in reading order; with one pair on a line its label decides the side. */
function spacePairs(ctx: ExtractContext, seg: TableSegment): Pair[] {
  const out: Pair[] = [];
  for (const l of seg.body) {
    const tokens = l.text.trim().split(/\s+/).filter((t) => t !== '');
    if (tokens.length === 0 || tokens.every((t) => t.length === 1 || HEADER.test(t)) || /^单位[:：]/u.test(tokens[0] ?? '')) continue;
    const pairs: Array<{ label: string; amount: string | null; raw: string }> = [];
    for (const t of tokens) {
      const last = pairs[pairs.length - 1];
      if (isAmount(t) || isGarbledAmount(t)) {
        if (last && last.amount === null) [last.amount, last.raw] = [checkAmount(ctx, seg, l.no, last.label, t), t];
      } else if (!HEADER.test(t)) pairs.push({ label: t, amount: null, raw: '' });
    }
    pairs.forEach((p, i) => {
      const direction: Direction = pairs.length >= 2 ? (i === 0 ? 'REVENUE' : 'EXPENDITURE') : EXPENDITURE_LABEL.test(p.label) ? 'EXPENDITURE' : 'REVENUE';
      out.push({ ...p, direction, line: l.no });
    });
  }
  return out;
}

/** Strips the ordinal prefix of a label: "一、一般公共预算拨款收入" → "一般公共预算拨款收入". */
export function bareLabel(label: string): string {
  return label.replace(/^[（(]?[一二三四五六七八九十]+[)）、]?\s*、?/u, '').trim();
}

/** 收支预算总表 / 财政拨款收支预算总表: two side-by-side lists of label and amount. */
export function extractSummaryTable(ctx: ExtractContext, seg: TableSegment): MoneyFact[] {
  const table = tableRef(ctx, seg);
  const pairs = seg.layout === 'TAB' ? tabPairs(ctx, seg) : spacePairs(ctx, seg);
  return pairs
    .filter((p): p is Pair & { amount: string } => p.amount !== null)
    .map((p, rowIndex) => {
      const total = /合计|总计/u.test(p.label);
      return {
        key: `${table.index}:${rowIndex}:预算数`,
        table,
        rowIndex,
        rowLabel: p.label,
        column: ['预算数'],
        amount: p.amount,
        amountRaw: p.raw,
        unitRaw: '万元',
        year: ctx.year,
        direction: p.direction,
        subjectScheme: null,
        subjectCode: null,
        sourceOfFunds: p.direction === 'REVENUE' && !total ? bareLabel(p.label) : null,
        kind: 'TOTAL' as const,
        unitName: null,
        isSubtotal: total,
        source: sourceRef(ctx, p.line),
      };
    });
}
