import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * True when the query selects `field` on the object(s) this resolver returns, under any alias or
 * fragment: for work a resolver does only when its answer is shown (e.g. listing fact keys).
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return Object.values(tree?.fieldsByTypeName ?? {}).some((fields) => Object.values(fields).some((f) => f.name === field));
}
