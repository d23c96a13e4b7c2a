import type { NodeProps } from '../../graph/queries/api-nodes.js';

/**
 * Where a node keeps what was fetched ahead for its relationship fields, by GraphQL response key.
 * A symbol: never serialised, never confused with a stored property.
 */
export const PREFETCHED = Symbol('prefetched');

/** A node as the API hands it to resolvers, with what was fetched ahead below it. */
export type Node = NodeProps & { [PREFETCHED]?: Record<string, unknown> };

/**
 * The node without what was fetched ahead for the selection it came with: for a resolver that
 * hands its parent on under another field (a link's end), where the query selects other things.
 */
export function detached<T extends object>(node: T): T {
  return { ...node, [PREFETCHED]: undefined };
}
