import { Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { literalDepth } from './input-depth.js';
import { QueryLimitError } from './query-limits.js';

/**
 * Depth of a selection set: a field counts 1 plus the depth of its own selection; fragments are
 * followed (each at most once per path, so a fragment cycle, itself invalid, cannot loop).
 */
function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    let d = 0;
    if (sel.kind === Kind.FIELD) d = sel.name.value.startsWith('__') ? 0 : 1 + depthOf(sel.selectionSet, fragments, seen);
    else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, fragments, seen);
    else {
      const name = sel.name.value;
      const frag = fragments.get(name);
      if (frag && !seen.has(name)) d = depthOf(frag.selectionSet, fragments, new Set(seen).add(name));
    }
    max = Math.max(max, d);
  }
  return max;
}

/**
 * A validation rule refusing operations nested deeper than maxDepth fields, and argument values
 * (filters such as where: { NOT: { NOT: … } }) nested deeper than maxDepth levels (QUERY_TOO_DEEP).
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      Argument(arg) {
        const depth = literalDepth(arg.value);
        if (depth > maxDepth) {
          context.reportError(new QueryLimitError(`Argument ${arg.name.value} is nested ${depth} levels deep; the limit is ${maxDepth} (MAX_QUERY_DEPTH).`, 'QUERY_TOO_DEEP', [arg]));
        }
      },
      OperationDefinition(op) {
        const depth = depthOf(op.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          const name = op.name ? `Operation ${op.name.value}` : 'The operation';
          context.reportError(new QueryLimitError(`${name} is nested ${depth} fields deep; the limit is ${maxDepth} (MAX_QUERY_DEPTH).`, 'QUERY_TOO_DEEP', [op]));
        }
      },
    };
  };
}
