import type { Statement } from '../cypher-files.js';
import type { Params } from '../executor.js';
import { scaledDecimal } from './decimal-cypher.js';
import { ENTITIES, type EntityName } from './entities.js';
import { buildWhere } from './build-where.js';
import { ParamBag } from './param-bag.js';
import type { OrderByInput, WhereInput } from './where-input.js';

export interface ListQuery {
  where?: WhereInput | null;
  orderBy?: OrderByInput[] | null;
  /** Nodes to pass over (the offset the cursor encodes) and nodes to return. */
  skip: number;
  take: number;
}

/**
 * One statement for a page of a list and its total: filter, sort (the requested keys, then the
 * node key so pages are stable), collect once, slice. Returns rows { totalCount, page }.
 */
export function buildListQuery(entity: EntityName, q: ListQuery): { statement: Statement; params: Params } {
  const spec = ENTITIES[entity];
  const bag = new ParamBag();
  const where = buildWhere(entity, q.where, 'n', bag);
  const sorts = (q.orderBy ?? []).map((o) => {
    const field = spec.fields[o.field];
    if (!field) throw new Error(`${entity} cannot sort on ${o.field}`);
    const prop = `n.\`${field.property}\``;
    return `${field.kind === 'DECIMAL' ? scaledDecimal(prop) : prop} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`;
  });
  sorts.push('n.key ASC');
  const skip = bag.add(q.skip);
  const end = bag.add(q.skip + q.take);
  const text = [
    `MATCH (n:${spec.label})`,
    `WHERE ${where}`,
    `WITH n ORDER BY ${sorts.join(', ')}`,
    'WITH collect(n) AS nodes',
    `RETURN size(nodes) AS totalCount, nodes[toInteger(${skip})..toInteger(${end})] AS page`,
  ].join('\n');
  return { statement: { name: `api/list-${spec.label}`, text }, params: bag.params };
}
