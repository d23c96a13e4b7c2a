import type { MoneyFact, MoneyKind } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount } from '../tables/amount.js';
import { TOTAL_KEY, solveColumns, type Hints } from '../tables/column-solver.js';
import { addIssue, sourceRef, tableRef, type ExtractContext } from './extract-context.js';

function kindOf(label: string): MoneyKind {
  if (/合计/u.test(label)) return 'TOTAL';
  if (/出国/u.test(label)) return 'OVERSEAS_TRAVEL';
  if (/接待/u.test(label)) return 'RECEPTION';
  if (/购置及运行|小计/u.test(label)) return 'VEHICLES';
  if (/购置/u.test(label)) return 'VEHICLE_PURCHASE';
  if (/运行/u.test(label)) return 'VEHICLE_RUNNING';
  return 'OTHER';
}

/** Columns of the one-row (space layout) 三公 table, in printed order, with its identities. */
const SPACE_COLUMNS = ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/公务用车购置费', '公务用车购置及运行费/公务用车运行费', '公务接待费'];

/** 三公经费 table: one row per expense (tab layout) or one row of columns (space layout). */
export function extractThreePublic(ctx: ExtractContext, seg: TableSegment, vehicleRunning: string | null = null): MoneyFact[] {
  const table = tableRef(ctx, seg);
  const fact = (rowIndex: number, label: string, amount: string, line: number, column: string[]): MoneyFact => ({
    key: `${table.index}:${rowIndex}:${column.join('/')}`, table, rowIndex, rowLabel: label, column, amount, amountRaw: amount, unitRaw: '万元', year: ctx.year,
    direction: 'EXPENDITURE', subjectScheme: null, subjectCode: null, sourceOfFunds: '一般公共预算拨款', kind: kindOf(label),
    unitName: null, isSubtotal: /合计|小计|购置及运行/u.test(label), source: sourceRef(ctx, line),
  });
  const check = (tok: string, col: string, line: number): string => {
    if (isAmount(tok)) return parseAmount(tok);
    if (isGarbledAmount(tok)) throw new DocumentParseError(ctx.fileName, line, `an amount in column ${col} of table ${seg.title}`, `"${tok}"`);
    return '';
  };
  if (seg.layout === 'TAB') {
    const out: MoneyFact[] = [];
    for (const l of seg.body) {
      const c = l.text.split('\t').map((x) => x.trim());
      const label = (c[0] ?? '').replace(/^其中[:：]/u, '');
      const amount = check(c[1] ?? '', '预算数', l.no);
      if (label && amount) out.push(fact(out.length, label, amount, l.no, ['预算数']));
    }
    return out;
  }
  const numLine = seg.body.find((l) => l.text.trim().split(/\s+/).every((t) => isAmount(t) || isGarbledAmount(t)) && /\d/.test(l.text));
  if (!numLine) return [];
  const numbers = numLine.text.trim().split(/\s+/).map((t, i) => check(t, SPACE_COLUMNS[i] ?? `#${i + 1}`, numLine.no));
  // The economic classification's 30231 公务用车运行维护费 tells running from purchase costs.
  const hints: Hints = vehicleRunning === null ? new Map() : new Map([[TOTAL_KEY, new Map([[4, vehicleRunning]])]]);
  const [solved] = solveColumns([{ code: null, isTotal: true, numbers }], SPACE_COLUMNS.length, [{ total: 0, parts: [1, 2, 5] }, { total: 2, parts: [3, 4] }], hints);
  if (!solved) return [];
  const alt = solved.alternatives[0];
  if (alt) addIssue(ctx, 'AMBIGUOUS_COLUMNS', 'WARNING', `三公 row: the identities admit two readings: [${solved.reading.join(', ')}] or [${alt.join(', ')}]; the first is used`, seg.title, numLine.no);
  return solved.reading.flatMap((a, i) => {
    const path = (SPACE_COLUMNS[i] ?? '').split('/');
    return a === null ? [] : [fact(0, path[path.length - 1] ?? '', a, numLine.no, path)];
  });
}
