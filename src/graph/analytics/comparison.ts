import { cypher } from '../cypher-files.js';
import type { GraphExecutor, Row } from '../executor.js';
import { aggregateFacts } from './aggregate.js';
import { change } from './money.js';
import type { AggregateDimension, CodeScheme, Direction, TableRole } from './vocabulary.js';

/** One value of one series in one document: money in 万元, or an indicator target in its own unit. */
export interface ComparisonPoint {
  subjectKey: string;
  subjectName: string | null;
  /** What is measured: TOTAL, REVENUE/EXPENDITURE, TOTAL_FUNDS, STAFF_COUNT, an indicator's name … */
  series: string;
  year: number;
  documentKey: string;
  documentTitle: string | null;
  city: string | null;
  amount: string | null;
  /** As printed, where the value is a target (e.g. ≥90%). */
  raw: string | null;
  unitOfMeasure: string | null;
  startLine: number | null;
  endLine: number | null;
}

/** From one point to the next of the same subject and series (ordered by year, then document). */
export interface ComparisonChange {
  subjectKey: string;
  series: string;
  fromYear: number;
  toYear: number;
  fromDocumentKey: string;
  toDocumentKey: string;
  from: string | null;
  to: string | null;
  /** to − from; null when either has no number. */
  absolute: string | null;
  /** Percentage to 2 decimals; null when from is 0 or either has no number. */
  percent: string | null;
}

export interface Comparison {
  points: ComparisonPoint[];
  changes: ComparisonChange[];
}

/**
 * Orders points by subject, series, city, year, document and pairs consecutive points of the same
 * subject and series: within one city when the points span several years (a city's own history),
 * across documents when they are all of one year (cities or editions side by side).
 */
export function compare(points: ComparisonPoint[]): Comparison {
  const sorted = [...points].sort(
    (a, b) =>
      a.subjectKey.localeCompare(b.subjectKey) ||
      a.series.localeCompare(b.series) ||
      (a.city ?? '').localeCompare(b.city ?? '') ||
      a.year - b.year ||
      a.documentKey.localeCompare(b.documentKey),
  );
  const severalYears = new Set(points.map((p) => p.year)).size > 1;
  const changes: ComparisonChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a.subjectKey !== b.subjectKey || a.series !== b.series || (severalYears && a.city !== b.city)) continue;
    const c = change(a.amount, b.amount);
    changes.push({
      subjectKey: b.subjectKey,
      series: b.series,
      fromYear: a.year,
      toYear: b.year,
      fromDocumentKey: a.documentKey,
      toDocumentKey: b.documentKey,
      from: a.amount,
      to: b.amount,
      absolute: c?.absolute ?? null,
      percent: c?.percent ?? null,
    });
  }
  return { points: sorted, changes };
}

const CODE_LEVELS: Record<CodeScheme, Record<number, AggregateDimension>> = {
  FUNCTIONAL: { 3: 'FUNCTIONAL_CLASS', 5: 'FUNCTIONAL_SECTION', 7: 'FUNCTIONAL_ITEM' },
  ECONOMIC: { 3: 'ECONOMIC_CLASS', 5: 'ECONOMIC_SECTION' },
};

export class ComparisonInputError extends Error {
  override name = 'ComparisonInputError';
}

export interface SubjectCodeComparisonInput {
  scheme: CodeScheme;
  code: string;
  years?: number[];
  cities?: string[];
  tableRoles?: TableRole[];
  direction?: Direction | null;
}

/** A code's rolled-up amount (sum of its leaf facts, exact) per document, across years and cities. */
export async function compareSubjectCode(db: GraphExecutor, i: SubjectCodeComparisonInput): Promise<Comparison> {
  const level = /^\d+$/.test(i.code) ? CODE_LEVELS[i.scheme][i.code.length] : undefined;
  if (!level) throw new ComparisonInputError(`${i.code} is not a ${i.scheme.toLowerCase()} code: give ${i.scheme === 'FUNCTIONAL' ? '3, 5 or 7' : '3 or 5'} digits.`);
  if ((i.tableRoles?.length ?? 0) > 1) throw new ComparisonInputError('Name at most one table role: several print the same money.');
  const codes = i.scheme === 'FUNCTIONAL' ? { functionalCodes: [i.code] } : { economicCodes: [i.code] };
  const groups = await aggregateFacts(db, { ...codes, years: i.years, cities: i.cities, tableRoles: i.tableRoles, direction: i.direction ?? null }, ['YEAR', 'CITY', 'DOCUMENT', level]);
  return compare(
    groups.map((g) => {
      const code = i.scheme === 'FUNCTIONAL' ? g.functionalCode : g.economicCode;
      return {
        subjectKey: `${i.scheme}|${i.code}`,
        subjectName: code?.name ?? null,
        series: 'TOTAL',
        year: g.year ?? 0,
        documentKey: g.document?.key ?? '',
        documentTitle: g.document?.name ?? null,
        city: g.city,
        amount: g.total,
        raw: null,
        unitOfMeasure: '万元',
        startLine: null,
        endLine: null,
      };
    }),
  );
}

const s = (v: unknown) => (v == null ? null : String(v));
const n = (v: unknown) => (v == null ? null : Number(v));

function point(r: Row, series: string, amount: unknown, unitOfMeasure: string | null, raw: unknown = null): ComparisonPoint {
  return {
    subjectKey: String(r.subjectKey),
    subjectName: s(r.subjectName),
    series,
    year: Number(r.year),
    documentKey: String(r.documentKey),
    documentTitle: s(r.documentTitle),
    city: s(r.city),
    amount: s(amount),
    raw: s(raw),
    unitOfMeasure,
    startLine: n(r.startLine),
    endLine: n(r.endLine),
  };
}

/** A project's total, fiscal and other funds (万元) in every document that budgets it. */
export async function compareProject(db: GraphExecutor, project: string): Promise<Comparison> {
  const rows = await db.read(cypher('analytics/compare-project'), { project });
  return compare(
    rows.flatMap((r) => [point(r, 'TOTAL_FUNDS', r.totalFunds, '万元'), point(r, 'FISCAL_FUNDS', r.fiscalFunds, '万元'), point(r, 'OTHER_FUNDS', r.otherFunds, '万元')]),
  );
}

/** An indicator's target across documents, of a project or (project null) of a department or fund. */
export async function compareIndicator(db: GraphExecutor, indicator: string, project: string | null, cities: string[] | null): Promise<Comparison> {
  const rows = await db.read(cypher('analytics/compare-indicator'), { indicator, project: project ?? null, cities: cities ?? null });
  return compare(rows.map((r) => point(r, String(r.series), r.amount, s(r.unitOfMeasure), r.raw)));
}

/** A unit's money per direction (sum of its leaf facts in the default tables) and its staff count, per document. */
export async function compareUnit(db: GraphExecutor, unit: string, direction: Direction | null): Promise<Comparison> {
  const [groups, staff] = await Promise.all([
    aggregateFacts(db, { units: [unit], direction }, ['YEAR', 'CITY', 'DOCUMENT', 'UNIT', 'DIRECTION']),
    db.read(cypher('analytics/compare-unit-staff'), { unit }),
  ]);
  const money: ComparisonPoint[] = groups.map((g) => ({
    subjectKey: g.unit?.key ?? unit,
    subjectName: g.unit?.name ?? null,
    series: g.direction ?? 'TOTAL',
    year: g.year ?? 0,
    documentKey: g.document?.key ?? '',
    documentTitle: g.document?.name ?? null,
    city: g.city,
    amount: g.total,
    raw: null,
    unitOfMeasure: '万元',
    startLine: null,
    endLine: null,
  }));
  return compare([...money, ...staff.map((r) => point(r, 'STAFF_COUNT', r.staffCount, '人'))]);
}
