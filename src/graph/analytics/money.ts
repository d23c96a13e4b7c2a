import { Decimal } from 'decimal.js';

/**
 * Exact money arithmetic. Amounts are decimal strings in 万元. Sums are done in Cypher over
 * integers of 10^-6 万元 (= 0.01 元, one fen: the smallest amount a document can mean), made from
 * the string's digits, never through floats; Neo4j's 64-bit integers hold sums up to 9.2e12 万元.
 */
export const MICRO_DIGITS = 6;

/** Wide enough for any sum of 64-bit micro amounts and the percentage arithmetic on it. */
const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** A decimal string in 万元 → integer string in 10^-6 万元 (throws if finer than that). */
export function toMicro(amount: string): string {
  const d = new Dec(amount);
  if (d.decimalPlaces() > MICRO_DIGITS) throw new RangeError(`amount ${amount} is finer than 0.000001 万元`);
  return d.times(10 ** MICRO_DIGITS).toFixed(0);
}

/** Integer string in 10^-6 万元 → decimal string in 万元, with at least 2 decimals (as printed). */
export function fromMicro(micro: string): string {
  return formatMoney(new Dec(micro).dividedBy(10 ** MICRO_DIGITS));
}

/** Trailing zeros beyond the cents dropped; never fewer than 2 decimals ("800.0" → "800.00"). */
export function formatMoney(d: Decimal | string): string {
  const v = typeof d === 'string' ? new Dec(d) : d;
  return v.toFixed(Math.max(2, v.decimalPlaces()));
}

export interface Change {
  /** later − earlier, in the points' unit. */
  absolute: string;
  /** (later − earlier) / earlier × 100, rounded half-up to 2 decimals; null when earlier is 0. */
  percent: string | null;
}

/** Change from `from` to `to`, exactly; null when either side has no number. */
export function change(from: string | null, to: string | null): Change | null {
  if (from === null || to === null) return null;
  const a = new Dec(from);
  const diff = new Dec(to).minus(a);
  return { absolute: formatMoney(diff), percent: a.isZero() ? null : diff.dividedBy(a).times(100).toFixed(2) };
}

export function minus(a: string, b: string): string {
  return formatMoney(new Dec(a).minus(b));
}

/** change / base × 100 to 2 decimals, null for a zero base. */
export function percentOf(part: string, base: string): string | null {
  const b = new Dec(base);
  return b.isZero() ? null : new Dec(part).dividedBy(b).times(100).toFixed(2);
}

export function decimalEquals(a: string, b: string): boolean {
  return new Dec(a).equals(b);
}
