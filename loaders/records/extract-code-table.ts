import { Decimal } from 'decimal.js';
import type { CodeScheme, MoneyFact, SubjectCodeRecord, TableRef } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import type { ColumnSchema } from '../tables/column-schema.js';
import type { CodeRow } from '../tables/code-rows.js';
import type { Hints, Reading } from '../tables/column-solver.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount, sameAmount } from '../tables/amount.js';
import { spaceSchema, tabSchema } from '../tables/column-schema.js';
import { spaceCodeRows, tabCodeRows } from '../tables/code-rows.js';
import { TOTAL_KEY, solveColumns } from '../tables/column-solver.js';
import { addIssue, sourceRef, tableRef, type ExtractContext } from './extract-context.js';

export interface SolvedCodeRow {
  row: CodeRow;
  reading: Reading;
}

export interface CodeTableResult {
  table: TableRef;
  schema: ColumnSchema | null;
  rows: SolvedCodeRow[];
  facts: MoneyFact[];
  codes: SubjectCodeRecord[];
}

const ECONOMIC_ROLES = new Set(['ECONOMIC_CLASSIFICATION', 'BASIC_ECONOMIC_CLASSIFICATION']);

function headerOf(seg: TableSegment): { text: string; cells: string[]; next: string[] | null } {
  const i = seg.body.findIndex((l) => /科目编码|科目名称|项\s*目/u.test(l.text));
  const firstRow = seg.body.findIndex((l) => /^\s*(\d{3,7}(\s|$)|(合计|总计)[:：]?[\s\t]+[\d,.]+)/u.test(l.text));
  const until = firstRow < 0 ? seg.body.length : firstRow;
  const text = seg.body.slice(0, until).map((l) => l.text).join(' ');
  const line = seg.body[i];
  const next = seg.body[i + 1];
  return { text, cells: line ? line.text.split('\t').map((c) => c.trim()) : [], next: next && next.text.includes('\t') && i + 1 < until ? next.text.split('\t').map((c) => c.trim()) : null };
}

function garbled(ctx: ExtractContext, seg: TableSegment, line: number, column: string, token: string): never {
  throw new DocumentParseError(ctx.fileName, line, `an amount in column ${column} of table ${seg.title}`, `"${token}"`);
}

function tabReading(ctx: ExtractContext, seg: TableSegment, schema: ColumnSchema, row: CodeRow): Reading {
  return schema.columns.map((c, i) => {
    const cell = row.cells[i] ?? '';
    if (cell === '') return null;
    if (isAmount(cell)) return parseAmount(cell);
    if (isGarbledAmount(cell) || /\d/.test(cell)) garbled(ctx, seg, row.startLine, c.path.join('/'), cell);
    addIssue(ctx, 'NON_NUMERIC_CELL', 'WARNING', `cell "${cell}" in column ${c.path.join('/')} is not an amount`, seg.title, row.startLine);
    return null;
  });
}

/** A tab row's printed reading as hints: the solver keeps it unless the sums say otherwise. */
function printedHints(rows: readonly CodeRow[], printed: readonly Reading[]): Hints {
  const hints: Hints = new Map();
  rows.forEach((r, i) => hints.set(r.code ?? TOTAL_KEY, new Map((printed[i] ?? []).map((v, c) => [c, v ?? '0'] as [number, string]))));
  return hints;
}

/** Readings with one non-empty cell moved into an empty neighbour (extraction shifted it). */
function oneCellShifts(r: Reading): Reading[] {
  const out: Reading[] = [];
  r.forEach((v, c) => {
    if (v === null) return;
    for (const to of [c - 1, c + 1]) {
      if (to < 0 || to >= r.length || r[to] !== null) continue;
      const x = [...r];
      x[to] = v;
      x[c] = null;
      out.push(x);
    }
  });
  return out;
}

function codeRecord(scheme: CodeScheme, code: string, name: string, src: MoneyFact['source']): SubjectCodeRecord {
  const level = scheme === 'FUNCTIONAL' ? (code.length - 1) / 2 : code.length === 3 ? 1 : 2;
  const parentCode = code.length > 3 ? code.slice(0, code.length === 7 ? 5 : 3) : null;
  return { scheme, code, name, level, parentCode, source: src };
}

/** Tables keyed by subject (or unit) code: revenue/expenditure summaries, appropriation and economic tables. */
export function extractCodeTable(ctx: ExtractContext, seg: TableSegment, hintsFor: (schema: ColumnSchema) => Hints): CodeTableResult {
  const table = tableRef(ctx, seg);
  const header = headerOf(seg);
  const rawRows =
    seg.layout === 'TAB'
      ? tabCodeRows(seg.body)
      : spaceCodeRows(seg.body, (g) => {
          const schema = spaceSchema(header.text);
          garbled(ctx, seg, g.line, schema?.columns[g.position]?.path.join('/') ?? `#${g.position + 1}`, g.token);
        });
  let schema: ColumnSchema | null = seg.layout === 'TAB' ? tabSchema(header.cells, header.next) : spaceSchema(header.text);
  if (!schema && rawRows.every((r) => r.cells.length <= 1)) schema = { columns: [{ path: ['预算数'], kind: 'TOTAL', source: null }], identities: [] };
  if (!schema || schema.columns.length === 0) {
    addIssue(ctx, 'UNKNOWN_HEADER', 'ERROR', `header not understood: "${header.text.slice(0, 80)}"`, seg.title, seg.titleLine);
    return { table, schema: null, rows: [], facts: [], codes: [] };
  }
  const s = schema;
  const tab = seg.layout === 'TAB';
  // TAB: the printed reading and its one-cell shifts, the printed one preferred (a hint per column);
  // SPACE: every placement of the row's numbers, with hints from the document's other tables.
  const printed = tab ? rawRows.map((r) => tabReading(ctx, seg, s, r)) : [];
  const numbers = tab ? printed.map((r) => r.filter((v): v is string => v !== null)) : rawRows.map((r) => r.cells);
  const solved = solveColumns(
    rawRows.map((r, i) => ({ code: r.code, isTotal: r.isTotal, numbers: numbers[i] ?? [] })),
    s.columns.length,
    s.identities,
    tab ? printedHints(rawRows, printed) : hintsFor(s),
    tab ? printed.map((r) => [r, ...oneCellShifts(r)]) : undefined,
  );
  const readings = solved.map((x) => x.reading);
  if (!tab) {
    solved.forEach((x, i) => {
      const r = rawRows[i];
      const alt = x.alternatives[0];
      if (!r || !alt) return;
      const cols = (rd: Reading): string => rd.map((v, c) => (v === null ? null : `${v} in ${s.columns[c]?.path.join('/')}`)).filter((v) => v !== null).join(', ');
      addIssue(ctx, 'AMBIGUOUS_COLUMNS', 'WARNING', `row ${r.code ?? '合计'} ${r.name}: the identities admit two readings: [${cols(x.reading)}] or [${cols(alt)}]; the first is used`, seg.title, r.startLine, r.endLine);
    });
  } else {
    readings.forEach((r, i) => {
      const p = printed[i];
      const row = rawRows[i];
      if (!p || !row || p.every((v, c) => v === r[c])) return;
      const show = (x: Reading): string => x.map((v) => v ?? '·').join(' ');
      addIssue(ctx, 'SHIFTED_CELLS', 'INFO', `row ${row.code ?? '合计'} ${row.name}: printed cells [${show(p)}] break the identities or parent sums; read as [${show(r)}]`, seg.title, row.startLine);
    });
  }
  const unitCoded = /部门（单位）|单位名称|单位编码|单位代码/u.test(header.text);
  const scheme: CodeScheme = ECONOMIC_ROLES.has(seg.role) ? 'ECONOMIC' : 'FUNCTIONAL';
  const codesInTable = new Set(rawRows.map((r) => r.code).filter((c): c is string => c !== null));
  const hasChildren = (code: string): boolean => [...codesInTable].some((c) => c !== code && c.startsWith(code));
  const facts: MoneyFact[] = [];
  const codes: SubjectCodeRecord[] = [];
  rawRows.forEach((r, rowIndex) => {
    const src = sourceRef(ctx, r.startLine, r.endLine);
    if (r.code && !unitCoded) codes.push(codeRecord(scheme, r.code, r.name, src));
    let k = 0;
    const printedAmounts = r.printed.filter((x) => isAmount(x));
    (readings[rowIndex] ?? []).forEach((amount, c) => {
      const column = s.columns[c];
      if (amount === null || !column) return;
      // Readings keep the printed order, so the k-th amount of the reading is the k-th printed one.
      const amountRaw = printedAmounts[k] ?? amount;
      k++;
      facts.push({
        key: `${table.index}:${rowIndex}:${column.path.join('/')}`,
        table,
        rowIndex,
        rowLabel: r.isTotal ? '合计' : r.name,
        column: column.path,
        amount,
        amountRaw,
        unitRaw: '万元',
        year: ctx.year,
        direction: seg.role === 'REVENUE_SUMMARY' ? 'REVENUE' : 'EXPENDITURE',
        subjectScheme: unitCoded || !r.code ? null : scheme,
        subjectCode: unitCoded ? null : r.code,
        sourceOfFunds: column.source ?? tableSource(seg.role),
        kind: column.kind,
        unitName: unitCoded && r.code ? r.name : null,
        isSubtotal: r.isTotal || (r.code !== null && hasChildren(r.code)),
        source: src,
      });
    });
  });
  checkStatedTotal(ctx, seg, s, rawRows, readings);
  return { table, schema: s, rows: rawRows.map((row, i) => ({ row, reading: readings[i] ?? [] })), facts, codes };
}

function tableSource(role: string): string | null {
  if (role === 'GENERAL_PUBLIC_EXPENDITURE' || role === 'ECONOMIC_CLASSIFICATION' || role === 'BASIC_ECONOMIC_CLASSIFICATION') return '一般公共预算拨款';
  if (role === 'GOVERNMENT_FUND_EXPENDITURE') return '政府性基金预算拨款';
  if (role === 'STATE_CAPITAL_EXPENDITURE') return '国有资本经营预算拨款';
  return null;
}

/** The table's own 合计 against the sum of its top-level rows, per column (tolerance 0.02 万元). */
function checkStatedTotal(ctx: ExtractContext, seg: TableSegment, schema: ColumnSchema, rows: CodeRow[], readings: Reading[]): void {
  const t = rows.findIndex((r) => r.isTotal);
  const total = readings[t];
  if (t < 0 || !total) return;
  const codes = rows.map((r) => r.code);
  const top = rows.map((r, i) => (r.code && !codes.some((c) => c && c !== r.code && r.code?.startsWith(c)) ? i : -1)).filter((i) => i >= 0);
  if (top.length === 0) return;
  schema.columns.forEach((c, col) => {
    const stated = new Decimal(total[col] ?? 0);
    const sum = top.reduce((acc, i) => acc.plus(readings[i]?.[col] ?? 0), new Decimal(0));
    if (!sameAmount(stated, sum)) {
      addIssue(ctx, 'TOTAL_MISMATCH', 'WARNING', `column ${c.path.join('/')}: stated 合计 ${stated.toFixed(2)}, rows sum to ${sum.toFixed(2)} (difference ${sum.minus(stated).toFixed(4)})`, seg.title, rows[t]?.startLine ?? seg.titleLine);
    }
  });
}
