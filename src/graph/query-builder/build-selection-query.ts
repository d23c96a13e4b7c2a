import type { Statement } from '../cypher-files.js';
import type { Params } from '../executor.js';
import { ENTITIES, relationOrder, type EntityName } from './entities.js';
import { buildWhere, relationPattern } from './build-where.js';
import { ParamBag } from './param-bag.js';
import type { WhereInput } from './where-input.js';

/**
 * What one GraphQL selection reads below nodes of an entity: the stored properties its scalar
 * fields name, and the relationship fields to follow, each with its own selection. Built from the
 * schema and the query (src/api/prefetch), never from text the user wrote.
 */
export interface SelectionTree {
  entity: EntityName;
  /** Stored properties to return (a scalar field is named as its property). */
  properties: string[];
  /**
   * Return the node's `key` too: the node is looked up again by key (a root node, or a field left
   * to its resolver's loader). Otherwise it is left out: keys are long (a fact's ~100 bytes),
   * often longer than the fields asked for in a deep list.
   */
  keyed: boolean;
  /** Return every stored property (the node is handed on whole, e.g. as one end of a link). */
  allProperties?: boolean;
  relations: RelationSelection[];
}

export interface RelationSelection {
  /** The name the caller reads the result under (a GraphQL response key); not part of the statement. */
  field: string;
  /** A relationship of ENTITIES[entity].relations. */
  relation: string;
  /** A to-one field: the first related node in source order, or null. */
  one: boolean;
  where?: WhereInput | null;
  /**
   * Set for a field of link objects (the caller's name for the kind of link): each relationship
   * is one item, returned with its properties (SelectedNode.l), in source order.
   */
  link?: string;
  selection: SelectionTree;
}

/**
 * A node as the statement returns it: its selected properties, and under `__r`, in tree order,
 * each relation's nodes (`__l`: the properties of the relationship that reached it, link fields
 * only). One map per node: GraphQL reserves names beginning with "__", so no field (and no
 * property the API reads) can be called so.
 */
export type SelectedNode = Record<string, unknown> & {
  __r?: (SelectedNode[] | SelectedNode | null)[];
  __l?: Record<string, unknown>;
};

/**
 * The projection of one node variable: `v {.key, …, __r: [<relation>, …]}` (key when keyed),
 * where each relation is a COLLECT subquery in the order of the static
 * cypher/api/<entity>-<relation> files (relationOrder), each related node once, its own
 * projection nested inside.
 */
export function projection(tree: SelectionTree, v: string, bag: ParamBag, path: string = tree.entity, link?: string): string {
  const names = tree.keyed ? ['key', ...tree.properties.filter((p) => p !== 'key')] : tree.properties;
  const entries = tree.allProperties ? ['.*'] : names.map((p) => `.\`${p}\``);
  const rels = tree.relations.map((sel) => {
    const rel = ENTITIES[tree.entity].relations[sel.relation];
    if (!rel) throw new Error(`${tree.entity} has no relationship ${sel.relation}`);
    const m = bag.alias();
    const r = sel.link ? `${m}r` : undefined;
    const where = sel.where ? `WHERE ${buildWhere(rel.target, sel.where, m, bag, `${path}.${sel.relation}(where)`)} ` : '';
    const inner = projection(sel.selection, m, bag, `${path}.${sel.relation}`, r);
    // Each related node once; a link field keeps one item per relationship, as its static statement does.
    const keep = r ? `${m}, ${r}` : `DISTINCT ${m}`;
    const collect = `COLLECT { MATCH ${relationPattern(v, rel, m, r)} ${where}WITH ${keep} ORDER BY ${relationOrder(rel, m)} RETURN ${inner} }`;
    return sel.one ? `head(${collect})` : collect;
  });
  if (rels.length > 0) entries.push(`__r: [${rels.join(', ')}]`);
  if (link) entries.push(`__l: properties(${link})`);
  return `${v} {${entries.join(', ')}}`;
}

/**
 * One statement for a whole nested selection below many nodes: rows { key, node: SelectedNode }
 * for each of $keys that exists. Replaces one DataLoader statement per relationship field and
 * level with one round trip.
 */
export function buildSelectionQuery(tree: SelectionTree): { statement: Statement; params: Params } {
  const bag = new ParamBag();
  const label = ENTITIES[tree.entity].label;
  const text = [`UNWIND $keys AS key`, `MATCH (n:${label} {key: key})`, `RETURN key, ${projection(tree, 'n', bag, tree.entity)} AS node`].join('\n');
  return { statement: { name: `api/selection-${label}`, text }, params: bag.params };
}
