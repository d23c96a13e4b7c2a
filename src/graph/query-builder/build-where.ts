import { ENTITIES, type EntityName } from './entities.js';
import type { RelationSpec } from './entity-spec.js';
import { buildFilter } from './build-filter.js';
import type { ParamBag } from './param-bag.js';
import type { ScalarFilterInput, WhereInput } from './where-input.js';

/** A one-hop pattern from `from` to a new variable `to` of the target's label (closed set), the relationship bound to `via` if given. */
export function relationPattern(from: string, rel: RelationSpec<EntityName>, to: string, via = ''): string {
  const label = ENTITIES[rel.target].label;
  return rel.direction === 'OUT' ? `(${from})-[${via}:${rel.type}]->(${to}:${label})` : `(${from})<-[${via}:${rel.type}]-(${to}:${label})`;
}

const joinAll = (parts: string[], op: 'AND' | 'OR') => (parts.length === 0 ? (op === 'AND' ? 'true' : 'false') : parts.map((p) => `(${p})`).join(` ${op} `));

/**
 * The condition a where input puts on `alias` (an entity node), or 'true'. AND/OR/NOT combine
 * wheres of the same entity; `<relation>Some` holds when at least one related node matches,
 * `<relation>None` when none does (both EXISTS subqueries). Unknown names are programmer errors:
 * the GraphQL input types admit only the spec's names.
 */
export function buildWhere(entity: EntityName, where: WhereInput | null | undefined, alias: string, bag: ParamBag, argument = 'where'): string {
  if (!where) return 'true';
  const spec = ENTITIES[entity];
  const parts: string[] = [];
  for (const [name, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    const arg = `${argument}.${name}`;
    if (name === 'AND' || name === 'OR') {
      const list = (value as WhereInput[]).map((w, i) => buildWhere(entity, w, alias, bag, `${arg}[${i}]`));
      parts.push(joinAll(list, name));
    } else if (name === 'NOT') {
      parts.push(`NOT (${buildWhere(entity, value as WhereInput, alias, bag, arg)})`);
    } else if (spec.fields[name]) {
      parts.push(...buildFilter(alias, spec.fields[name], value as ScalarFilterInput, bag, arg));
    } else {
      const m = /^(.+)(Some|None)$/.exec(name);
      const rel = m ? spec.relations[m[1]!] : undefined;
      if (!m || !rel) throw new Error(`${entity} has no filter field ${name}`);
      const to = bag.alias();
      const inner = buildWhere(rel.target, value as WhereInput, to, bag, arg);
      const exists = `EXISTS { MATCH ${relationPattern(alias, rel, to)} WHERE ${inner} }`;
      parts.push(m[2] === 'Some' ? exists : `NOT ${exists}`);
    }
  }
  return joinAll(parts, 'AND');
}
