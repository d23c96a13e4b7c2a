/**
 * The shared view every rule works on: facts gathered into table rows with their parent row, and
 * into column groups (one column of one table). Built once per document by `indexDocument`.
 *
 * Parents: a coded row's parent is the longest listed proper prefix of its code (functional
 * 3 → 5 → 7 digits, economic 3 → 5), within the same budget unit; an uncoded row's parent is the
 * nearest preceding row of a shallower outline style. 合计/总计 rows are never anyone's parent.
 */
import type { CodeScheme, Direction, MoneyFact, MoneyKind, ParsedDocument, TableRef } from '../records/types.js';
import { kindOf } from './column-families.js';
import { isTotalLabel, outlineStyle } from './row-labels.js';

export interface TableRow {
  /** `${table.index}:${rowIndex}:${direction}`: two-sided tables hold a revenue and an expenditure row per line. */
  key: string;
  table: TableRef;
  rowIndex: number;
  direction: Direction;
  label: string;
  code: string | null;
  scheme: CodeScheme | null;
  unitName: string | null;
  isSubtotal: boolean;
  /** A 合计 / 总计 row of the table. */
  isTotal: boolean;
  facts: MoneyFact[];
  parent: TableRow | null;
  children: TableRow[];
}

/**
 * One column of one table side: same table, direction, column path, source of funds and printed
 * unit. Kind is a property of the column in most tables (基本支出 / 项目支出 …), but of the row in a
 * one-column 三公 table (1、因公出国（境）费用 …), so it is collected rather than keyed on.
 */
export interface ColumnGroup {
  key: string;
  table: TableRef;
  direction: Direction;
  column: string[];
  /** Kinds of the column's cells: one for a kind-per-column table, several for a kind-per-row table. */
  kinds: Set<MoneyKind>;
  sourceOfFunds: string | null;
  unitRaw: string;
  /** Row key → fact. A row of the table absent here has an empty cell in this column (zero). */
  cells: Map<string, MoneyFact>;
}

export interface DocumentIndex {
  /** Rows of each table side, in row order, keyed `${table.index}:${direction}`. */
  rowSets: Map<string, TableRow[]>;
  rowsByKey: Map<string, TableRow>;
  groups: ColumnGroup[];
  /** Tables in document order. */
  tables: TableRef[];
}

const CODE_LEVEL_LENGTHS: Record<CodeScheme, readonly number[]> = {
  FUNCTIONAL: [3, 5, 7],
  ECONOMIC: [3, 5],
};

export function rowKeyOf(fact: MoneyFact): string {
  return `${fact.table.index}:${fact.rowIndex}:${fact.direction}`;
}

export function columnKeyOf(fact: MoneyFact): string {
  return [fact.table.index, fact.direction, fact.column.join('/'), fact.sourceOfFunds ?? '', fact.unitRaw].join('|');
}

export function indexDocument(doc: ParsedDocument): DocumentIndex {
  const rowsByKey = new Map<string, TableRow>();
  const groupsByKey = new Map<string, ColumnGroup>();
  for (const fact of doc.facts) {
    const rowKey = rowKeyOf(fact);
    let row = rowsByKey.get(rowKey);
    if (row === undefined) {
      row = {
        key: rowKey,
        table: fact.table,
        rowIndex: fact.rowIndex,
        direction: fact.direction,
        label: fact.rowLabel,
        code: fact.subjectCode,
        scheme: fact.subjectScheme,
        unitName: fact.unitName,
        isSubtotal: false,
        isTotal: isTotalLabel(fact.rowLabel),
        facts: [],
        parent: null,
        children: [],
      };
      rowsByKey.set(rowKey, row);
    }
    row.facts.push(fact);
    row.isSubtotal ||= fact.isSubtotal;

    const groupKey = columnKeyOf(fact);
    let group = groupsByKey.get(groupKey);
    if (group === undefined) {
      group = {
        key: groupKey,
        table: fact.table,
        direction: fact.direction,
        column: fact.column,
        kinds: new Set(),
        sourceOfFunds: fact.sourceOfFunds,
        unitRaw: fact.unitRaw,
        cells: new Map(),
      };
      groupsByKey.set(groupKey, group);
    }
    group.kinds.add(kindOf(fact));
    // A second fact in the same cell would be a parser defect; the first one is kept.
    if (!group.cells.has(rowKey)) group.cells.set(rowKey, fact);
  }

  const rowSets = new Map<string, TableRow[]>();
  for (const row of rowsByKey.values()) {
    const setKey = `${row.table.index}:${row.direction}`;
    const set = rowSets.get(setKey) ?? [];
    set.push(row);
    rowSets.set(setKey, set);
  }
  for (const set of rowSets.values()) {
    set.sort((a, b) => a.rowIndex - b.rowIndex);
    linkCodedParents(set);
    linkOutlineParents(set);
  }

  const tables = uniqueTables(doc.tables, doc.facts);
  return { rowSets, rowsByKey, groups: [...groupsByKey.values()], tables };
}

function linkCodedParents(rows: TableRow[]): void {
  const coded = rows.filter((r) => !r.isTotal && r.code !== null && r.scheme !== null);
  const byCode = new Map<string, TableRow>();
  for (const row of coded) byCode.set(`${row.scheme}|${row.unitName ?? ''}|${row.code}`, row);
  for (const row of coded) {
    const code = row.code ?? '';
    const lengths = CODE_LEVEL_LENGTHS[row.scheme ?? 'FUNCTIONAL'].filter((n) => n < code.length).reverse();
    for (const length of lengths) {
      const parent = byCode.get(`${row.scheme}|${row.unitName ?? ''}|${code.slice(0, length)}`);
      if (parent !== undefined) {
        setParent(row, parent);
        break;
      }
    }
  }
}

function linkOutlineParents(rows: TableRow[]): void {
  const levels: string[] = [];
  const stack: Array<{ level: number; style: string; row: TableRow }> = [];
  for (const row of rows) {
    if (row.code !== null) continue;
    // A 合计 row closes every open group: 上年结转结余 after 本年收入合计 is top level again.
    if (row.isTotal) {
      stack.length = 0;
      continue;
    }
    const style = outlineStyle(row.label, row.isSubtotal);
    let level: number;
    if (style === 'plain') {
      // An unnumbered line nests only under an unnumbered subtotal (a unit under its department);
      // after a numbered list it is a sibling of the list's top level.
      const holder = [...stack].reverse().find((e) => e.style === 'plain-subtotal');
      level = holder === undefined ? 0 : holder.level + 1;
    } else {
      if (!levels.includes(style)) levels.push(style);
      level = levels.indexOf(style);
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? -1) >= level) stack.pop();
    const top = stack[stack.length - 1];
    if (top !== undefined) setParent(row, top.row);
    stack.push({ level, style, row });
  }
}

function setParent(row: TableRow, parent: TableRow): void {
  row.parent = parent;
  parent.children.push(row);
}

function uniqueTables(tables: readonly TableRef[], facts: readonly MoneyFact[]): TableRef[] {
  const byIndex = new Map<number, TableRef>();
  for (const t of tables) byIndex.set(t.index, t);
  for (const f of facts) if (!byIndex.has(f.table.index)) byIndex.set(f.table.index, f.table);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Rows of one table side. */
export function rowsOf(index: DocumentIndex, table: TableRef, direction: Direction): TableRow[] {
  return index.rowSets.get(`${table.index}:${direction}`) ?? [];
}

/** Top-level rows: not a total and no listed parent. */
export function isTopLevel(row: TableRow): boolean {
  return !row.isTotal && row.parent === null;
}
