import type { NodeProps } from '../../graph/queries/api-nodes.js';

/**
 * A relationship the document states carries no `inferred` (or false); one the ingest inferred
 * carries inferred: true and its method (docs/graph-model.md, "Stated and inferred").
 */
export function inferredOf(link: NodeProps): { inferred: boolean; method: string | null } {
  return { inferred: link.inferred === true, method: typeof link.method === 'string' ? link.method : null };
}
