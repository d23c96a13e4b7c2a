/**
 * Test support: hand-built ParsedDocuments, short enough to read next to the table they copy.
 * Rows can be given as tab-separated text pasted from a seed document (code, name, amounts in
 * column order; an empty cell stays empty). Amounts are 万元 unless a column says 亿元.
 */
import type {
  CodeScheme,
  Direction,
  DocumentKind,
  MoneyFact,
  MoneyKind,
  ParsedDocument,
  ProjectRecord,
  StatedFigureRecord,
  TableRef,
  TableRole,
} from '../records/types.js';
import { Decimal } from './money.js';
import { isTotalLabel } from './row-labels.js';

export interface ColumnSpec {
  path: string[];
  kind: MoneyKind;
  source?: string | null;
  unit?: '万元' | '亿元';
}

export const col = (path: string[], kind: MoneyKind, options: Omit<ColumnSpec, 'path' | 'kind'> = {}): ColumnSpec => ({
  path,
  kind,
  ...options,
});

interface RowOptions {
  code?: string;
  /** Kind of every cell of the row, where a one-column table names the kind per row (三公). */
  kind?: MoneyKind;
  direction?: Direction;
  unitName?: string;
  isSubtotal?: boolean;
}

interface PendingRow {
  label: string;
  cells: Array<string | undefined>;
  options: RowOptions;
}

export class TableBuilder {
  readonly rows: PendingRow[] = [];
  constructor(
    readonly ref: TableRef,
    readonly columns: ColumnSpec[],
    readonly direction: Direction,
  ) {}

  /** One row: label and the cells in column order (undefined or '' = empty cell). */
  row(label: string, cells: Array<string | undefined>, options: RowOptions = {}): this {
    this.rows.push({ label, cells, options });
    return this;
  }

  /** Rows pasted from a tab-separated table: 「code\tname\tamount…」 or 「label\tamount…」 (合计 rows). */
  paste(text: string, options: Omit<RowOptions, 'code'> = {}): this {
    for (const line of text.trim().split('\n')) {
      const cells = line.split('\t');
      const first = (cells[0] ?? '').trim();
      if (/^\d{3,7}$/.test(first)) this.row(cells[1] ?? '', cells.slice(2), { ...options, code: first });
      else this.row(first, cells.slice(isTotalLabel(first) && cells[1] === '' ? 2 : 1), options);
    }
    return this;
  }

  /** A two-sided summary pasted as printed: 「收入项目\t预算数\t支出项目\t预算数」 per line (HTML tags dropped). */
  pasteTwoSided(text: string): this {
    const clean = (cell: string | undefined) => (cell ?? '').replace(/<[^>]*>/g, '').trim();
    for (const line of text.trim().split('\n')) {
      const [revenueLabel, revenue, expenditureLabel, expenditure] = line.split('\t').map(clean);
      if (revenueLabel) this.row(revenueLabel, [revenue], { direction: 'REVENUE' });
      if (expenditureLabel) this.row(expenditureLabel, [expenditure], { direction: 'EXPENDITURE' });
    }
    return this;
  }
}

export class DocumentBuilder {
  private readonly tables: TableBuilder[] = [];
  private readonly projects: ProjectRecord[] = [];
  private readonly statedFigures: StatedFigureRecord[] = [];
  private nextLine = 1;

  constructor(private readonly kind: DocumentKind = 'DEPARTMENT_BUDGET') {}

  table(role: TableRole, title: string, columns: ColumnSpec[], direction: Direction = 'EXPENDITURE'): TableBuilder {
    // Each table gets 100 lines; row r sits on line start + r + 1.
    const ref: TableRef = {
      role,
      title,
      index: this.tables.length,
      source: { startLine: this.nextLine, endLine: this.nextLine + 99, raw: title },
    };
    this.nextLine += 100;
    const table = new TableBuilder(ref, columns, direction);
    this.tables.push(table);
    return table;
  }

  project(name: string, totalFunds: string | null, fiscalFunds: string | null, otherFunds: string | null = null): this {
    const line = this.nextLine;
    this.nextLine += 10;
    this.projects.push({
      key: `project:${this.projects.length}`,
      name,
      unitName: null,
      supervisingDepartment: null,
      totalFunds,
      fiscalFunds,
      otherFunds,
      period: null,
      basis: null,
      goalText: null,
      disbursementPlan: null,
      isTransfer: false,
      recipients: [],
      indicators: [],
      source: { startLine: line, endLine: line + 9, raw: name },
    });
    return this;
  }

  stated(figure: Partial<StatedFigureRecord> & { subject: string }): this {
    const line = this.nextLine++;
    this.statedFigures.push({
      subjectCode: null,
      amount: null,
      previousAmount: null,
      change: null,
      changePercent: null,
      source: { startLine: line, endLine: line, raw: figure.subject },
      ...figure,
    });
    return this;
  }

  build(): ParsedDocument {
    const facts = this.tables.flatMap(buildFacts);
    return {
      document: {
        kind: this.kind,
        year: 2024,
        endYear: 2024,
        issuer: '福州市人力资源和社会保障局',
        city: '福州市',
        province: '福建省',
        title: 'fixture',
        contentHash: '0'.repeat(64),
        fileName: 'fixture.txt',
        lineCount: this.nextLine,
      },
      tables: this.tables.map((t) => t.ref),
      units: [],
      codes: [],
      facts,
      projects: this.projects,
      transfers: [],
      indicators: [],
      planIndicators: [],
      targets: [],
      statedFigures: this.statedFigures,
      issues: [],
    };
  }
}

function schemeOf(ref: TableRef): CodeScheme {
  return ref.role === 'ECONOMIC_CLASSIFICATION' || ref.role === 'BASIC_ECONOMIC_CLASSIFICATION' ? 'ECONOMIC' : 'FUNCTIONAL';
}

function buildFacts(table: TableBuilder): MoneyFact[] {
  const codes = table.rows.map((r) => r.options.code).filter((c): c is string => c !== undefined);
  return table.rows.flatMap((row, rowIndex) => {
    const code = row.options.code ?? null;
    const isParent = code !== null && codes.some((c) => c !== code && c.startsWith(code));
    const line = table.ref.source.startLine + rowIndex + 1;
    return row.cells.flatMap((cell, columnIndex): MoneyFact[] => {
      const column = table.columns[columnIndex];
      const raw = (cell ?? '').trim();
      if (column === undefined || raw === '') return [];
      const unit = column.unit ?? '万元';
      const value = new Decimal(raw.replace(/,/g, ''));
      return [
        {
          key: `${table.ref.index}:${rowIndex}:${columnIndex}`,
          table: table.ref,
          rowIndex,
          rowLabel: row.label,
          column: column.path,
          amount: (unit === '亿元' ? value.times(10000) : value).toFixed(),
          amountRaw: raw,
          unitRaw: unit,
          year: 2024,
          direction: row.options.direction ?? table.direction,
          subjectScheme: code === null ? null : schemeOf(table.ref),
          subjectCode: code,
          sourceOfFunds: column.source ?? null,
          kind: row.options.kind ?? column.kind,
          unitName: row.options.unitName ?? null,
          isSubtotal: row.options.isSubtotal ?? (isTotalLabel(row.label) || isParent),
          source: { startLine: line, endLine: line, raw: `${code ?? ''} ${row.label} ${row.cells.join(' ')}` },
        },
      ];
    });
  });
}
