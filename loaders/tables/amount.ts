import { Decimal } from 'decimal.js';

/** A printed number: 1,234.56 / 1234.5600 / -3.2 (no unit, no percent sign). */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Looks like it was meant to be a number but is not one (e.g. "3,6x4.00", "12..5"). */
const GARBLED = /^-?\d[\d,.]*[^\d\s,.][\w,.]*$|^-?\d[\d,.]*[.,]{2,}[\d,.]*$|^\d{1,3}(,\d{1,2}|,\d{4,})[\d,.]*$/;

export function isAmount(token: string): boolean {
  return AMOUNT.test(token.trim());
}

export function isGarbledAmount(token: string): boolean {
  const t = token.trim();
  return !AMOUNT.test(t) && /\d/.test(t) && GARBLED.test(t) && !/[\u4e00-\u9fa5%％]/u.test(t);
}

/** Exact decimal string of a printed amount, keeping its printed scale ("3,644.00" → "3644.00"). */
export function parseAmount(token: string): string {
  const t = token.trim().replace(/,/g, '');
  return new Decimal(t).toFixed(decimalPlaces(t));
}

function decimalPlaces(t: string): number {
  const dot = t.indexOf('.');
  return dot < 0 ? 0 : t.length - dot - 1;
}

/** 亿元 → 万元 exactly (× 10000), keeping the printed decimals' precision. */
export function yiToWan(amount: string): string {
  const d = new Decimal(amount).times(10000);
  return d.toFixed(Math.max(0, decimalPlaces(amount) - 4));
}

export function sumAmounts(amounts: ReadonlyArray<string | null>): Decimal {
  return amounts.reduce<Decimal>((acc, a) => (a === null ? acc : acc.plus(a)), new Decimal(0));
}

/** Rounding tolerance of the documents: they drift by 0.01–0.02 万元. */
export const TOLERANCE = new Decimal('0.02');

export function sameAmount(a: Decimal.Value, b: Decimal.Value): boolean {
  return new Decimal(a).minus(b).abs().lte(TOLERANCE);
}
