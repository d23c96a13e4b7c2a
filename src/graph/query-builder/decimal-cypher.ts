import { Decimal } from 'decimal.js';
import { BadUserInputError } from '../../errors.js';

/**
 * Exact decimal comparison in Cypher. Money and targets are stored as decimal strings (万元 with
 * 2 or 4 decimals, percentages); toFloat would compare binary approximations. Instead both sides
 * become integers in millionths: the stored string's integer part followed by its fraction padded
 * (or cut) to 6 digits, read by toInteger, which parses a string of digits exactly into a 64-bit
 * integer. Exact for values with at most 6 decimals and |x| < 9.2 × 10^12 (far above any budget
 * in 万元). A stored value that is not a plain decimal gives null and matches no comparison.
 */
export const DECIMAL_SCALE = 6;

export function scaledDecimal(expr: string): string {
  return `toInteger(split(${expr}, '.')[0] + left(coalesce(split(${expr}, '.')[1], '') + '${'0'.repeat(DECIMAL_SCALE)}', ${DECIMAL_SCALE}))`;
}

/** The parameter side: a validated decimal string as integer millionths, in a string (read by toInteger). */
export function scaledParam(value: string, argument: string): string {
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    throw new BadUserInputError(`${argument}: "${value}" is not a decimal number.`);
  }
  if (d.decimalPlaces() > DECIMAL_SCALE) {
    throw new BadUserInputError(`${argument}: "${value}" has more than ${DECIMAL_SCALE} decimal places; filters compare exactly to ${DECIMAL_SCALE}.`);
  }
  return d.times(new Decimal(10).pow(DECIMAL_SCALE)).toFixed(0);
}
