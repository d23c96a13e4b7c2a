/**
 * Exact money arithmetic on the API's decimal strings (万元): amounts become integers of
 * 10^-6 万元 (BigInt), so a shown sum is never a float sum. The API refuses finer amounts.
 */
const SCALE = 6;

export function toMicros(amount: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(amount.trim());
  if (!m) throw new Error(`not a decimal amount: ${amount}`);
  const frac = (m[3] ?? '').padEnd(SCALE, '0');
  const v = BigInt(m[2]!) * 10n ** BigInt(SCALE) + BigInt(frac);
  return m[1] ? -v : v;
}

/** Back to a string with at least two decimals ("800.00", "2935.3214"). */
export function fromMicros(v: bigint): string {
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const int = abs / 10n ** BigInt(SCALE);
  let frac = (abs % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').replace(/0+$/, '');
  if (frac.length < 2) frac = frac.padEnd(2, '0');
  return `${neg ? '-' : ''}${int}.${frac}`;
}

/** A money string for display: exact, at least two decimals ("800.0" → "800.00"); "—" when absent. */
export const money = (s: string | null | undefined): string => (s ? fromMicros(toMicros(s)) : '—');

export function sumAmounts(amounts: readonly string[]): string {
  return fromMicros(amounts.reduce((s, a) => s + toMicros(a), 0n));
}

/** For chart geometry only (bar heights, areas): never shown as a figure. */
export const toNumber = (amount: string | null | undefined): number => (amount ? Number(amount) : 0);
