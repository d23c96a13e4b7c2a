import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import type { GraphExecutor } from '../../graph/executor.js';
import { selectedByKeys } from '../../graph/queries/api-nodes.js';
import type { SelectedNode, SelectionTree } from '../../graph/query-builder/build-selection-query.js';
import { MemoPerObject } from '../common/memo-per-object.js';
import { linkObject, LINK_FIELDS } from '../links/link-fields.js';
import { PREFETCHED, type Node } from './prefetched.js';
import { planSelection, type SelectionPlan } from './selection-plan.js';

/**
 * The fields fetched ahead below `parent`, by response key, each node carrying its own below it;
 * a link field gives link objects (its own fields, the related node, the parent whole).
 */
function relationsOf(node: SelectedNode, tree: SelectionTree, parent: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  tree.relations.forEach((sel, i) => {
    const value = node.__r?.[i];
    const link = sel.link ? LINK_FIELDS[sel.link] : undefined;
    if (sel.one) out[sel.field] = value ? toNode(value as SelectedNode, sel.selection) : null;
    else if (link) out[sel.field] = ((value as SelectedNode[] | null) ?? []).map((v) => linkObject(link, parent, toNode(v, sel.selection), v.__l ?? {}));
    else out[sel.field] = ((value as SelectedNode[] | null) ?? []).map((v) => toNode(v, sel.selection));
  });
  return out;
}

/** A node as the API hands it to resolvers: the selected properties, and what was fetched below it. */
export function toNode(node: SelectedNode, tree: SelectionTree): Node {
  const { __r: _relations, __l: _link, ...props } = node;
  const out: Node = props;
  out[PREFETCHED] = relationsOf(node, tree, out);
  return out;
}

/**
 * Plans shared by requests: Apollo hands the same parsed operation for the same query text, and a
 * field's plan depends only on the operation, where the field sits (its path without list
 * indices, its parent type) and the variables. Bounded per operation.
 */
const sharedPlans = new MemoPerObject<OperationDefinitionNode, SelectionPlan | null>(256);

function planId(info: GraphQLResolveInfo): string {
  const path: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') path.push(p.key);
  return JSON.stringify([info.parentType.name, path, info.variableValues]);
}

/**
 * Fetches a whole nested selection in one statement instead of one DataLoader statement per
 * relationship field and level (docs/benchmarks.md). One per request, like the loaders: when a
 * field returns entity nodes, `attach` reads everything below them that the query selects and
 * hands back copies of the nodes carrying it (copies: a node cached by key may appear under
 * several fields with different selections). Batched: all the nodes that reach the same selection
 * in one tick (e.g. the `transfer` of every link in a list) share one statement.
 */
export class NestedFetch {
  /** Plans by field occurrence: graphql-js passes the same fieldNodes array for every item of a list. */
  private readonly plans = new WeakMap<readonly FieldNode[], SelectionPlan | null>();
  private readonly loaders = new Map<string, DataLoader<string, SelectedNode | null>>();

  constructor(
    private readonly db: GraphExecutor,
    /** Off: every relationship field resolves through its own loader (tests compare both ways). */
    readonly enabled = true,
  ) {}

  /** What the query selects below this field's nodes; null when off or when the field returns none. */
  plan(info: GraphQLResolveInfo): SelectionPlan | null {
    if (!this.enabled) return null;
    if (!this.plans.has(info.fieldNodes)) this.plans.set(info.fieldNodes, sharedPlans.get(info.operation, planId(info), () => planSelection(info)));
    return this.plans.get(info.fieldNodes) ?? null;
  }

  private loader(tree: SelectionTree): DataLoader<string, SelectedNode | null> {
    const id = JSON.stringify(tree);
    let l = this.loaders.get(id);
    if (!l) {
      l = new DataLoader((keys) => selectedByKeys(this.db, tree, keys));
      this.loaders.set(id, l);
    }
    return l;
  }

  private async withRelations(tree: SelectionTree, nodes: (Node | null)[]): Promise<(Node | null)[]> {
    // Nodes that came with their selection (a root list, a byKey) need nothing more.
    const present = nodes.filter((n): n is Node => n != null && !n[PREFETCHED]);
    if (present.length === 0) return nodes;
    const found = await this.loader(tree).loadMany(present.map((n) => String(n.key)));
    const byKey = new Map(present.map((n, i) => [n.key, found[i]]));
    return nodes.map((n) => {
      const sel = n && byKey.get(n.key);
      if (!n || !sel || sel instanceof Error) return n;
      const out: Node = { ...n };
      out[PREFETCHED] = relationsOf(sel, tree, out);
      return out;
    });
  }

  /** The value of a field that returns entity nodes, with its nested selection fetched ahead. */
  async attach(value: unknown, info: GraphQLResolveInfo): Promise<unknown> {
    const plan = value != null ? this.plan(info) : null;
    if (!plan || plan.tree.relations.length === 0) return value;
    if (plan.shape === 'node') return (await this.withRelations(plan.tree, [value as Node]))[0];
    if (plan.shape === 'list') return this.withRelations(plan.tree, value as Node[]);
    const connection = value as { edges: { node: Node }[] };
    const nodes = await this.withRelations(plan.tree, connection.edges.map((e) => e.node));
    return { ...connection, edges: connection.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }

  /** The node with this key and everything the query selects below it (one statement), or null. */
  async byKey(tree: SelectionTree, key: string): Promise<Node | null> {
    const found = await this.loader(tree).load(key);
    return found ? toNode(found, tree) : null;
  }
}

/** What was fetched ahead for this field of `parent`, if anything. */
export function prefetched(parent: unknown, info: GraphQLResolveInfo): { value: unknown } | null {
  const pre = (parent as Node | null | undefined)?.[PREFETCHED];
  return pre && Object.hasOwn(pre, info.path.key) ? { value: pre[info.path.key as string] } : null;
}
