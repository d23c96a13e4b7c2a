import type { GraphQLResolveInfo } from 'graphql';
import type { EntityName } from '../../graph/query-builder/entities.js';
import type { Context } from '../context.js';

/**
 * A root lookup by key: with the query's selection below the node read in the same statement
 * (src/api/prefetch), else the whole node through the request's DataLoader (aliases batch).
 */
export async function nodeByKey<T>(ctx: Context, entity: EntityName, key: string, info: GraphQLResolveInfo): Promise<T | null> {
  const plan = ctx.nested.plan(info);
  if (plan?.shape === 'node') return (await ctx.nested.byKey(plan.tree, key)) as T | null;
  return ctx.loaders.byKey<T>(entity, key);
}
