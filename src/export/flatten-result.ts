import type { FlatRow } from './write-rows.js';

/**
 * Flattens a GraphQL result to rows: a nested object's fields become dotted columns
 * (`budgetAggregate.functionalCode.code`); a list gives one row per element, repeated beside its
 * sibling fields; two sibling lists give their cross product. An empty list leaves its parent's
 * row without those columns.
 */
export function flattenResult(value: unknown, prefix = ''): FlatRow[] {
  if (Array.isArray(value)) {
    const rows = value.flatMap((x) => flattenResult(x, prefix));
    return rows.length > 0 ? rows : [{}];
  }
  if (value !== null && typeof value === 'object') {
    let rows: FlatRow[] = [{}];
    for (const [key, child] of Object.entries(value)) {
      const sub = flattenResult(child, prefix ? `${prefix}.${key}` : key);
      rows = rows.flatMap((r) => sub.map((s) => ({ ...r, ...s })));
    }
    return rows;
  }
  return [{ [prefix]: value ?? null }];
}

/** Every column, in first-seen order. */
export function columnsOf(rows: FlatRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}
