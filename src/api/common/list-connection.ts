import type { GraphQLResolveInfo } from 'graphql';
import { listNodes, type NodeProps } from '../../graph/queries/api-nodes.js';
import type { SelectedNode } from '../../graph/query-builder/build-selection-query.js';
import type { EntityName } from '../../graph/query-builder/entities.js';
import type { WhereInput } from '../../graph/query-builder/where-input.js';
import type { Context } from '../context.js';
import { toNode } from '../prefetch/nested-fetch.js';
import type { ConnectionShape } from './connection.type.js';
import { encodeCursor, parsePage } from './cursor.js';
import type { PageArgs } from './page-args.js';

export interface ListArgs {
  where?: object | null;
  orderBy?: { field: string; direction: string }[] | null;
  page: PageArgs;
}

/**
 * A root list: parse the page, read one page and the total, wrap as a Relay connection. With the
 * query's selection (src/api/prefetch), the page's nested fields come in the same statement and
 * the total is counted only when totalCount or pageInfo is asked for.
 */
export async function listConnection<T>(ctx: Context, entity: EntityName, args: ListArgs, info: GraphQLResolveInfo): Promise<ConnectionShape<T>> {
  const { skip, take } = parsePage(args.page);
  const orderBy = (args.orderBy ?? []).map((o) => ({ field: o.field, direction: o.direction === 'DESC' ? ('DESC' as const) : ('ASC' as const) }));
  const where = args.where as WhereInput | null | undefined;
  const plan = ctx.nested.plan(info);
  let nodes: NodeProps[];
  let counted: number | null;
  if (plan?.shape === 'connection') {
    const page = await listNodes<SelectedNode>(ctx.db, entity, { where, orderBy, skip, take, selection: plan.tree, total: plan.total });
    nodes = page.nodes.map((n) => toNode(n, plan.tree));
    counted = page.totalCount;
  } else {
    ({ nodes, totalCount: counted } = await listNodes(ctx.db, entity, { where, orderBy, skip, take }));
    ctx.loaders.prime(entity, nodes); // whole nodes only: a later lookup by key may read any property
  }
  // Not counted: neither totalCount nor pageInfo is selected, so the value is never read.
  const totalCount = counted ?? skip + nodes.length;
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(skip + i + 1), node: node as T }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: skip + nodes.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
