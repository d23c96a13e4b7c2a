/**
 * Exact money arithmetic for validation. Every amount is a decimal string in 万元 (10,000 CNY);
 * nothing here ever turns money into a JS number.
 */
import { Decimal } from 'decimal.js';

/**
 * Rounding tolerance in 万元. The documents round each printed cell to 0.01 万元 (100 CNY), so a
 * sum of rounded cells can drift from its rounded total by a cent or two of 万元; we observed
 * 0.01–0.02 in the seeds. A difference up to and including this is reported as a WARNING, above
 * it as an ERROR. Never used to hide a difference: any non-zero difference is reported.
 */
export const ROUNDING_TOLERANCE_WAN = new Decimal('0.02');

/** Parses an amount string ("3,036.64", "800.0", "-5") to a Decimal, or null when it is not a number. */
export function toDecimal(text: string | null | undefined): Decimal | null {
  if (text === null || text === undefined) return null;
  const cleaned = text.replace(/[,，\s]/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return new Decimal(cleaned);
}

export function sumDecimals(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), new Decimal(0));
}

/** Plain decimal text with at least two decimals (the documents' own precision), never exponent form. */
export function formatDecimal(value: Decimal): string {
  return value.decimalPlaces() < 2 ? value.toFixed(2) : value.toFixed();
}

/** Number of decimals printed in a figure as it appears in the text ("33.83" → 2, "34" → 0). */
export function printedDecimals(text: string): number {
  const match = /\.(\d+)/.exec(text.replace(/[,，\s]/g, ''));
  return match?.[1]?.length ?? 0;
}

export { Decimal };
