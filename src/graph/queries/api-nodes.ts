import { cypher } from '../cypher-files.js';
import type { GraphExecutor, Row } from '../executor.js';
import { buildListQuery, type ListQuery } from '../query-builder/build-list-query.js';
import { buildRelatedQuery } from '../query-builder/build-related-query.js';
import { buildSelectionQuery, type SelectedNode, type SelectionTree } from '../query-builder/build-selection-query.js';
import type { EntityName } from '../query-builder/entities.js';
import type { WhereInput } from '../query-builder/where-input.js';
import { API_RELATIONS, type RelationName } from './api-relations.js';

/** A node's properties as stored (money as decimal strings in 万元, integers as numbers). */
export type NodeProps = Record<string, unknown>;

/** A related node and the properties of the relationship that reached it. */
export interface RelatedItem {
  node: NodeProps;
  link: NodeProps;
}

const kebab = (s: string) => s.replace(/(?<!^)([A-Z])/g, '-$1').toLowerCase();

/** The static statement of a relationship field, cypher/api/<entity>-<relation>.cypher (e.g. document-units). */
export function relationStatement(entity: EntityName, relation: string): RelationName {
  const name = `${kebab(entity)}-${kebab(relation)}`;
  if (!(API_RELATIONS as readonly string[]).includes(name)) throw new Error(`no statement cypher/api/${name}.cypher`);
  return name as RelationName;
}

function byKey<T>(rows: Row[], keys: readonly string[], pick: (r: Row) => T, missing: T): T[] {
  const found = new Map(rows.map((r) => [String(r.key), pick(r)]));
  return keys.map((k) => found.get(k) ?? missing);
}

/** Nodes of one entity by key (cypher/api/<entity>-by-key), in key order; null for a missing key. */
export async function nodesByKeys(db: GraphExecutor, entity: EntityName, keys: readonly string[]): Promise<(NodeProps | null)[]> {
  const rows = await db.read(cypher(`api/${kebab(entity)}-by-key`), { keys });
  return byKey(rows, keys, (r) => r.node as NodeProps, null);
}

/** Related nodes of each key through one relationship statement, in key order ([] for none). */
export async function relatedByKeys(db: GraphExecutor, relation: RelationName, keys: readonly string[]): Promise<RelatedItem[][]> {
  const rows = await db.read(cypher(`api/${relation}`), { keys });
  return byKey(rows, keys, (r) => r.items as RelatedItem[], []);
}

/** Related nodes of each key that match a where (a relationship field's argument), in key order. */
export async function relatedWhereByKeys(db: GraphExecutor, entity: EntityName, relation: string, where: WhereInput, keys: readonly string[]): Promise<RelatedItem[][]> {
  const { statement, params } = buildRelatedQuery(entity, relation, where);
  const rows = await db.read(statement, { ...params, keys });
  return byKey(rows, keys, (r) => r.items as RelatedItem[], []);
}

export interface NodePage<N = NodeProps> {
  /** null when the query did not ask for it (ListQuery.total false). */
  totalCount: number | null;
  nodes: N[];
}

/** One page of a filtered, sorted list and the list's total (one round trip): whole nodes, or SelectedNodes with q.selection. */
export async function listNodes<N = NodeProps>(db: GraphExecutor, entity: EntityName, q: ListQuery): Promise<NodePage<N>> {
  const { statement, params } = buildListQuery(entity, q);
  const [row] = await db.read(statement, params);
  return { totalCount: row?.totalCount == null ? null : Number(row.totalCount), nodes: (row?.page as N[] | undefined) ?? [] };
}

/** A nested selection below nodes of one entity, in key order; null for a missing key (one round trip). */
export async function selectedByKeys(db: GraphExecutor, tree: SelectionTree, keys: readonly string[]): Promise<(SelectedNode | null)[]> {
  const { statement, params } = buildSelectionQuery(tree);
  const rows = await db.read(statement, { ...params, keys });
  return byKey(rows, keys, (r) => r.node as SelectedNode, null);
}
