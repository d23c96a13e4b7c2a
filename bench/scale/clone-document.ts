/**
 * One scale-data document: a parsed seed document cloned for another (city, department, year).
 * Names that carry the seed's city are renamed, years shifted, every money amount multiplied by one
 * exact decimal factor (decimal.js; amounts stay decimal strings in 万元). Scaling every amount of a
 * document by the same factor keeps every printed total equal to the sum of its rows, and a factor
 * ≤ 1 keeps each rounding difference inside the 0.02 万元 tolerance: validation of a clone reports
 * the same rules at the same severities as its seed. Percentages (ratios) are unchanged.
 */
import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { ParsedDocument } from '../../loaders/records/types.js';

export interface CloneSpec {
  /** New city name, e.g. 城市007市 (ends with 市, as city names do). */
  city: string;
  /** Inserted after the city in every renamed name: makes departments of one city distinct. */
  department: string;
  /** Years added to every year of the seed. */
  yearShift: number;
  /** Money factor, an exact decimal string in (0, 1]. */
  factor: string;
}

/** Exact product, printed with at least the decimals the input had (3644.00 × 0.97 = 3534.6800). */
function scaleAmount(amount: string | null, factor: Decimal): string | null {
  if (amount === null) return null;
  const plain = amount.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return amount;
  const v = new Decimal(plain).times(factor);
  const dp = Math.max(plain.split('.')[1]?.length ?? 0, v.decimalPlaces());
  return v.toFixed(dp);
}

const shift = (y: number | null, by: number): number | null => (y === null ? null : y + by);

export function cloneDocument(seed: ParsedDocument, spec: CloneSpec): ParsedDocument {
  const f = new Decimal(spec.factor);
  const money = (a: string | null) => scaleAmount(a, f);
  const moneyOf = (a: string) => scaleAmount(a, f)!;
  const from = seed.document.city;
  const to = spec.city + spec.department;
  // Every name with the seed's city in it (issuer, units, titles, payers) names the clone's instead.
  const name = (s: string) => s.replaceAll(from, to);
  const nameOrNull = (s: string | null) => (s === null ? null : name(s));
  const y = spec.yearShift;
  const d = seed.document;
  return {
    ...seed,
    document: {
      ...d,
      city: spec.city,
      issuer: name(d.issuer),
      title: name(d.title).replaceAll(String(d.year), String(d.year + y)),
      year: d.year + y,
      endYear: d.endYear + y,
      contentHash: createHash('sha256').update(`${d.contentHash}|${spec.city}|${spec.department}|${y}|${spec.factor}`).digest('hex'),
      fileName: `scale/${spec.city}${spec.department}-${d.kind}-${d.year + y}.txt`,
    },
    units: seed.units.map((u) => ({ ...u, name: name(u.name), year: u.year + y })),
    facts: seed.facts.map((x) => ({ ...x, amount: moneyOf(x.amount), amountRaw: moneyOf(x.amountRaw), year: x.year + y, unitName: nameOrNull(x.unitName) })),
    projects: seed.projects.map((p) => ({
      ...p,
      unitName: nameOrNull(p.unitName),
      supervisingDepartment: nameOrNull(p.supervisingDepartment),
      totalFunds: money(p.totalFunds),
      fiscalFunds: money(p.fiscalFunds),
      otherFunds: money(p.otherFunds),
    })),
    transfers: seed.transfers.map((t) => ({ ...t, payer: name(t.payer), amount: moneyOf(t.amount) })),
    planIndicators: seed.planIndicators.map((p) => ({ ...p, baseYear: shift(p.baseYear, y), targetYear: shift(p.targetYear, y) })),
    // Subjects stay as printed: a plan indicator's name begins with them (the inferred SERVES link).
    targets: seed.targets.map((t) => ({ ...t, year: shift(t.year, y) })),
    statedFigures: seed.statedFigures.map((s) => ({
      ...s,
      subject: name(s.subject),
      amount: money(s.amount),
      previousAmount: money(s.previousAmount),
      change: money(s.change),
    })),
  };
}
