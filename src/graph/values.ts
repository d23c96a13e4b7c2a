import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Record as Neo4jRecord } from 'neo4j-driver';

/**
 * Sets a key as an own data property. Plain assignment would make a key named `__proto__` (a map
 * key or property name in the graph, or a key of a parameter object) replace the prototype.
 */
function setOwn(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  else out[k] = v;
}

/**
 * Converts Neo4j values to plain JS once, at the boundary: Integer → number (all our integers,
 * counts and years, are far below 2^53; money is stored as decimal strings, never as numbers),
 * temporal values → ISO strings, nodes and relationships → their properties.
 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  // Strings, numbers and booleans (most values) pass as they are, before the object checks below.
  if (typeof v !== 'object') return v;
  if (neo4j.isInt(v)) return v.toNumber();
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v)) return v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  const o = v as { properties?: unknown; labels?: unknown; type?: unknown };
  if (o.properties && (o.labels || o.type)) return toPlain(o.properties);
  const out: Record<string, unknown> = {};
  for (const k in v) setOwn(out, k, toPlain((v as Record<string, unknown>)[k]));
  return out;
}

/**
 * A statement parameter as the driver should send it: a JS number that is a safe integer as a
 * Neo4j integer, anything else as it is (arrays and plain objects walked). The driver sends every
 * JS number as a float, so years, line numbers, row indexes, counts and levels (every number the
 * graph stores is an integer; money is decimal strings) were stored as 2024.0; and a float
 * parameter compared with integer properties cannot use the integer side of an index as cheaply.
 */
export function toParam(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toParam);
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v; // driver values (Integer, temporal) as they are
  const out: Record<string, unknown> = {};
  for (const k in v) setOwn(out, k, toParam((v as Record<string, unknown>)[k]));
  return out;
}

export function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return toParam(params) as Record<string, unknown>;
}

export function recordToPlain(r: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of r.keys) setOwn(out, String(k), toPlain(r.get(k)));
  return out;
}
