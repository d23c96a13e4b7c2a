import type { Statement } from '../cypher-files.js';
import type { Params } from '../executor.js';
import { ENTITIES, relationOrder, type EntityName } from './entities.js';
import { buildWhere } from './build-where.js';
import { ParamBag } from './param-bag.js';
import type { WhereInput } from './where-input.js';

/**
 * A relationship field with a where on the related nodes, for a DataLoader batch: like the static
 * cypher/api/<entity>-<relation>.cypher statements (rows { key, items: [{ node, link }] }, source
 * order), with the filter added. Each related node once per key; relationship properties are not
 * returned (fields with link types take no where).
 */
export function buildRelatedQuery(entity: EntityName, relation: string, where: WhereInput): { statement: Statement; params: Params } {
  const spec = ENTITIES[entity];
  const rel = spec.relations[relation];
  if (!rel) throw new Error(`${entity} has no relationship ${relation}`);
  const bag = new ParamBag();
  const cond = buildWhere(rel.target, where, 'm', bag, relation);
  const target = ENTITIES[rel.target].label;
  const pattern = rel.direction === 'OUT' ? `(n:${spec.label} {key: key})-[:${rel.type}]->(m:${target})` : `(n:${spec.label} {key: key})<-[:${rel.type}]-(m:${target})`;
  const text = [
    'UNWIND $keys AS key',
    `MATCH ${pattern}`,
    `WHERE ${cond}`,
    `WITH DISTINCT key, m ORDER BY ${relationOrder(rel, 'm')}`,
    'RETURN key, collect({node: m, link: {}}) AS items',
  ].join('\n');
  return { statement: { name: `api/${spec.label}.${relation}(where)`, text }, params: bag.params };
}
