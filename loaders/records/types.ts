/**
 * The domain records the ingest pipeline produces from one source document.
 *
 * This is the contract between the pure stages (text → structure → tables → records → validation)
 * and the graph writer. It imports nothing: no graphql, no neo4j-driver.
 *
 * Conventions
 * - Money is a decimal string (e.g. "3644.00"), never a JS number, always in 万元 (10,000 CNY)
 *   after parsing. `amountRaw` keeps the text as printed; `unitRaw` the unit the table stated
 *   (a 亿元 figure is converted to 万元 exactly: ×10000).
 * - Lines are 1-based and inclusive, counted in the document file as given.
 * - Names are as the document spells them (after whitespace/HTML clean-up); keys used for
 *   matching across documents are computed by the graph stage, not here.
 */

export type DocumentKind = 'DEPARTMENT_BUDGET' | 'UNIT_BUDGET' | 'FINAL_ACCOUNTS' | 'FUND_BUDGET' | 'PLAN';

/** Where a record came from: the line range and the raw source text of those lines. */
export interface SourceRef {
  startLine: number;
  endLine: number;
  raw: string;
}

export interface DocumentRecord {
  kind: DocumentKind;
  /** Budget year; for a plan, the first year of the plan period. */
  year: number;
  /** Last year of a plan period (e.g. 2025 for 十四五); equals `year` otherwise. */
  endYear: number;
  /** Issuing organisation as printed, e.g. 福州市人力资源和社会保障局. */
  issuer: string;
  /** City (government) the issuer belongs to, e.g. 福州市. */
  city: string;
  /** Province where stated or known from the issuer's name, else null. */
  province: string | null;
  title: string;
  /** SHA-256 of the file's bytes, hex. */
  contentHash: string;
  /** File name only (for messages); never used as a key. */
  fileName: string;
  lineCount: number;
}

export interface UnitRecord {
  name: string;
  /** 经费性质 as printed: 财政核拨, 全额, 差额, 自收自支 … */
  fundingType: string | null;
  /** 在职人数 for the document's year. */
  staffCount: number | null;
  year: number;
  source: SourceRef;
}

export type CodeScheme = 'FUNCTIONAL' | 'ECONOMIC';

export interface SubjectCodeRecord {
  scheme: CodeScheme;
  code: string;
  name: string;
  /** FUNCTIONAL: 1 类 (3 digits), 2 款 (5), 3 项 (7). ECONOMIC: 1 (3 digits), 2 (5). */
  level: number;
  parentCode: string | null;
  source: SourceRef;
}

/** What a table is, recognised from its title and header (never from its position). */
export type TableRole =
  | 'UNITS'
  | 'REVENUE_EXPENDITURE_SUMMARY' // 收支预算总表
  | 'REVENUE_SUMMARY' // 收入预算总表
  | 'EXPENDITURE_SUMMARY' // 支出预算总表
  | 'FISCAL_SUMMARY' // 财政拨款收支预算总表
  | 'GENERAL_PUBLIC_EXPENDITURE' // 一般公共预算拨款支出预算表
  | 'GOVERNMENT_FUND_EXPENDITURE' // 政府性基金预算拨款支出预算表
  | 'STATE_CAPITAL_EXPENDITURE' // 国有资本经营预算拨款支出预算表
  | 'ECONOMIC_CLASSIFICATION' // 一般公共预算支出经济分类情况表
  | 'BASIC_ECONOMIC_CLASSIFICATION' // 一般公共预算基本支出经济分类情况表
  | 'THREE_PUBLIC' // 三公经费
  | 'TRANSFER_PAYMENTS' // 市对区转移支付
  | 'FUND_INCOME_EXPENSE' // 社保基金收支
  | 'PROJECT_PERFORMANCE' // 项目绩效目标表
  | 'DEPARTMENT_PERFORMANCE' // 部门整体绩效目标表
  | 'FUND_PERFORMANCE'
  | 'PLAN_PANEL' // 专栏
  | 'OTHER';

export interface TableRef {
  role: TableRole;
  /** Title as printed (cleaned). */
  title: string;
  /** Ordinal of the table in the document (0-based), for keys only. */
  index: number;
  source: SourceRef;
}

export type Direction = 'REVENUE' | 'EXPENDITURE';

/** Kind of money in a column: what part of the row's total this figure is. */
export type MoneyKind =
  | 'TOTAL'
  | 'BASIC'
  | 'PROJECT'
  | 'PERSONNEL'
  | 'OPERATING'
  | 'OVERSEAS_TRAVEL'
  | 'RECEPTION'
  | 'VEHICLES'
  | 'VEHICLE_PURCHASE'
  | 'VEHICLE_RUNNING'
  | 'OTHER';

/** One number of one table cell, at the table's own grain. */
export interface MoneyFact {
  /** Stable within the document: `${table.index}:${rowIndex}:${columnKey}`. */
  key: string;
  table: TableRef;
  rowIndex: number;
  /** Row label as printed (subject name or line item such as 一般公共预算拨款收入). */
  rowLabel: string;
  /** Header path of the column, e.g. ["财政拨款", "基本支出"]. */
  column: string[];
  /** Exact decimal string in 万元. */
  amount: string;
  amountRaw: string;
  unitRaw: string;
  year: number;
  direction: Direction;
  subjectScheme: CodeScheme | null;
  subjectCode: string | null;
  /** Source of funds (一般公共预算拨款, 财政专户管理资金, 上年结转 …) or null when the column is not split by source. */
  sourceOfFunds: string | null;
  kind: MoneyKind;
  /** Budget unit the row belongs to; null for the whole department. */
  unitName: string | null;
  /** True for 合计 / 小计 / 总计 rows and for parent codes whose children are also listed. */
  isSubtotal: boolean;
  source: SourceRef;
}

export type Operator = '>=' | '<=' | '=' | '>' | '<' | 'QUALITATIVE';

export interface IndicatorRecord {
  level1: string | null;
  level2: string | null;
  /** Level-3 indicator name. */
  name: string;
  operator: Operator | null;
  /** Exact decimal string, or null when the target has no number. */
  target: string | null;
  unitOfMeasure: string | null;
  /** The target cell as printed. */
  raw: string;
  source: SourceRef;
}

export interface ProjectRecord {
  /** Stable within the document: table index based. Two projects may share a name. */
  key: string;
  name: string;
  /** Implementing unit (实施单位) where stated. */
  unitName: string | null;
  supervisingDepartment: string | null;
  /** 资金总额 / 财政拨款 / 其他资金, decimal strings in 万元. */
  totalFunds: string | null;
  fiscalFunds: string | null;
  otherFunds: string | null;
  period: string | null;
  basis: string | null;
  goalText: string | null;
  disbursementPlan: string | null;
  /** True when the project is a transfer payment (to districts, counties, units). */
  isTransfer: boolean;
  recipients: string[];
  indicators: IndicatorRecord[];
  source: SourceRef;
}

export interface TransferRecord {
  payer: string;
  recipient: string;
  subjectCode: string | null;
  subjectName: string | null;
  /** 资金性质, e.g. 一般公共预算资金. */
  sourceBudget: string | null;
  /** 一般性 / 专项 where stated. */
  transferType: string | null;
  projectName: string | null;
  amount: string;
  source: SourceRef;
  /**
   * Added by the parser: the project (ProjectRecord.key) this transfer funds, when the document
   * does not state it but exactly one project's fiscal funds equal the amount. Never a stated link:
   * `projectLink` names the inference method.
   */
  projectKey?: string | null;
  projectLink?: 'INFERRED_AMOUNT_MATCH' | null;
}

export interface PlanIndicatorRecord {
  panel: string | null;
  name: string;
  unitOfMeasure: string | null;
  baseValue: string | null;
  baseYear: number | null;
  targetValue: string | null;
  targetYear: number | null;
  /** "[60]": cumulative over the plan period. */
  cumulative: boolean;
  nature: 'INDICATIVE' | 'BINDING' | null;
  /** Added by the parser: the bound of a target printed as "<5" (targetValue then holds "5"). */
  targetOperator?: Operator | null;
  /** Added by the parser: the achieved value where a panel reports it (e.g. "2020 年实际完成"). */
  actualValue?: string | null;
  raw: string;
  source: SourceRef;
}

/** A numeric target stated in prose: a department's work target of a year, or a plan's prose target. */
export interface TargetRecord {
  text: string;
  subject: string;
  operator: Operator | null;
  value: string | null;
  unitOfMeasure: string | null;
  year: number | null;
  source: SourceRef;
}

/** A figure stated in prose (e.g. 支出预算 X 万元，比上年增加 Y 万元，增长 Z%), kept for cross-checks. */
export interface StatedFigureRecord {
  subject: string;
  subjectCode: string | null;
  amount: string | null;
  previousAmount: string | null;
  change: string | null;
  changePercent: string | null;
  source: SourceRef;
}

export type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** A parsing problem: data, not an exception. */
export interface ParseIssue {
  code: string;
  severity: Severity;
  message: string;
  table: string | null;
  startLine: number;
  endLine: number;
}

/**
 * Added by the parser: a heading of the document (第一部分, 一、…, （一）…) and the lines it spans,
 * so that prose records can be placed in their section. Level 1 = part/chapter, 2, 3 below it.
 */
export interface SectionRecord {
  title: string;
  level: number;
  startLine: number;
  endLine: number;
}

export interface ParsedDocument {
  document: DocumentRecord;
  /** Added by the parser (optional for other producers): the document's sections. */
  sections?: SectionRecord[];
  tables: TableRef[];
  units: UnitRecord[];
  codes: SubjectCodeRecord[];
  facts: MoneyFact[];
  projects: ProjectRecord[];
  transfers: TransferRecord[];
  /** Whole-department or fund performance indicators (project indicators live on projects). */
  indicators: IndicatorRecord[];
  planIndicators: PlanIndicatorRecord[];
  targets: TargetRecord[];
  statedFigures: StatedFigureRecord[];
  issues: ParseIssue[];
}

/**
 * A violation of a validation rule (domain.md "Validation rules"): stored in the graph as data.
 * Amounts are decimal strings in 万元. `difference` = actual − expected.
 */
export interface ValidationIssue {
  /** Closed set of rule names, e.g. PARENT_EQUALS_CHILDREN, TOTAL_EQUALS_ROWS, BASIC_PLUS_PROJECT,
   *  REVENUE_EQUALS_EXPENDITURE, CROSS_TABLE_TOTAL, PROJECT_SUM, STATED_CHANGE, UNIT_CONVERSION,
   *  AMBIGUOUS_COLUMNS. */
  rule: string;
  /** Inside the rounding tolerance (≤ 0.02 万元): WARNING; outside: ERROR. */
  severity: Severity;
  message: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  /** Unit of expected/actual/difference: 万元 for money (the default when absent), % for rates. */
  unit?: string;
  /** MoneyFact keys (or other record keys) involved. */
  factKeys: string[];
  table: string | null;
  startLine: number;
  endLine: number;
}
