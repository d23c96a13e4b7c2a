import { listNodes } from '../../graph/queries/api-nodes.js';
import type { EntityName } from '../../graph/query-builder/entities.js';
import type { WhereInput } from '../../graph/query-builder/where-input.js';
import type { Context } from '../context.js';
import type { ConnectionShape } from './connection.type.js';
import { encodeCursor, parsePage } from './cursor.js';
import type { PageArgs } from './page-args.js';

export interface ListArgs {
  where?: object | null;
  orderBy?: { field: string; direction: string }[] | null;
  page: PageArgs;
}

/** A root list: parse the page, read one page and the total, wrap as a Relay connection. */
export async function listConnection<T>(ctx: Context, entity: EntityName, args: ListArgs): Promise<ConnectionShape<T>> {
  const { skip, take } = parsePage(args.page);
  const orderBy = (args.orderBy ?? []).map((o) => ({ field: o.field, direction: o.direction === 'DESC' ? ('DESC' as const) : ('ASC' as const) }));
  const { totalCount, nodes } = await listNodes(ctx.db, entity, { where: args.where as WhereInput | null | undefined, orderBy, skip, take });
  ctx.loaders.prime(entity, nodes);
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
