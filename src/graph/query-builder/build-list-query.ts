import type { Statement } from '../cypher-files.js';
import type { Params } from '../executor.js';
import { scaledDecimal } from './decimal-cypher.js';
import { ENTITIES, type EntityName } from './entities.js';
import { buildWhere, relationPattern } from './build-where.js';
import { ParamBag } from './param-bag.js';
import { projection, type SelectionTree } from './build-selection-query.js';
import type { OrderByInput, WhereInput } from './where-input.js';

export interface ListQuery {
  where?: WhereInput | null;
  orderBy?: OrderByInput[] | null;
  /** Nodes to pass over (the offset the cursor encodes) and nodes to return. */
  skip: number;
  take: number;
  /** Return each node as this selection (properties and nested relationships) instead of the whole node. */
  selection?: SelectionTree;
  /** Count every match (default); false when nobody reads the total. */
  total?: boolean;
}

/**
 * The MATCH of a list: every node of the label that meets the where. A top-level
 * `<relation>Some` filter becomes part of the pattern instead of an EXISTS subquery, so the planner
 * may start from the related side (a Document found by its indexed city, ~1 of thousands) rather
 * than test every node of the label; the caller keeps each node once (DISTINCT), as several related
 * nodes may match.
 */
function matchClause(entity: EntityName, where: WhereInput | null | undefined, bag: ParamBag): { text: string; anchored: boolean } {
  const spec = ENTITIES[entity];
  const anchorName = Object.keys(where ?? {}).find((k) => k.endsWith('Some') && spec.relations[k.slice(0, -4)] && where?.[k as keyof WhereInput] != null);
  if (!where || !anchorName) return { text: `MATCH (n:${spec.label}) WHERE ${buildWhere(entity, where, 'n', bag)}`, anchored: false };
  const rel = spec.relations[anchorName.slice(0, -4)]!;
  const { [anchorName]: anchor, ...rest } = where as Record<string, unknown>;
  const to = bag.alias();
  const onRelated = buildWhere(rel.target, anchor as WhereInput, to, bag, `where.${anchorName}`);
  return { text: `MATCH ${relationPattern(`n:${spec.label}`, rel, to)} WHERE (${onRelated}) AND (${buildWhere(entity, rest as WhereInput, 'n', bag)})`, anchored: true };
}

/**
 * One statement for a page of a list and its total: the count over every match, and the page
 * sorted by the requested keys, then by node key (so pages are stable), cut with SKIP/LIMIT (the
 * database keeps only the top rows while sorting). Both subqueries share the where text and its
 * parameters. Returns one row { totalCount, page }: page holds whole nodes, or with a selection
 * SelectedNodes (the nested fields of the whole page in the same statement); totalCount is null
 * when not asked for.
 */
export function buildListQuery(entity: EntityName, q: ListQuery): { statement: Statement; params: Params } {
  const spec = ENTITIES[entity];
  const bag = new ParamBag();
  const match = matchClause(entity, q.where, bag);
  const sorts = (q.orderBy ?? []).map((o) => {
    const field = spec.fields[o.field];
    if (!field) throw new Error(`${entity} cannot sort on ${o.field}`);
    const prop = `n.\`${field.property}\``;
    return `${field.kind === 'DECIMAL' ? scaledDecimal(prop) : prop} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`;
  });
  sorts.push('n.key ASC');
  // JavaScript numbers reach Neo4j as floats: toInteger makes them the integers SKIP/LIMIT need.
  const skip = bag.add(q.skip);
  const take = bag.add(q.take);
  // Anchored: the matches are few, but with ORDER BY … LIMIT the planner may sort every node of
  // the label first and test the anchor after (07 at the large scale: all 1,255 transfers for 5);
  // collecting the matches first makes it find them before it sorts.
  const distinct = match.anchored ? 'WITH collect(DISTINCT n) AS matched UNWIND matched AS n WITH n' : 'WITH DISTINCT n';
  const text = [
    q.total === false ? 'WITH null AS totalCount' : `CALL () { ${match.text} RETURN count(DISTINCT n) AS totalCount }`,
    `CALL () { ${match.text}`,
    `  ${distinct} ORDER BY ${sorts.join(', ')} SKIP toInteger(${skip}) LIMIT toInteger(${take})`,
    `  RETURN collect(${q.selection ? projection(q.selection, 'n', bag) : 'n'}) AS page }`,
    'RETURN totalCount, page',
  ].join('\n');
  return { statement: { name: `api/list-${spec.label}`, text }, params: bag.params };
}
