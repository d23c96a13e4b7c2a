import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime, type Record as Neo4jRecord } from 'neo4j-driver';

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
  for (const k in v) out[k] = toPlain((v as Record<string, unknown>)[k]);
  return out;
}

export function recordToPlain(r: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of r.keys) out[String(k)] = toPlain(r.get(k));
  return out;
}
