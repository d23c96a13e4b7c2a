import { Kind, type ValueNode } from 'graphql';

/** Nesting of a literal argument value: each object or list is one level (iterative: no stack to blow). */
export function literalDepth(root: ValueNode): number {
  let max = 0;
  const stack: [ValueNode, number][] = [[root, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v.kind === Kind.OBJECT) {
      max = Math.max(max, d + 1);
      for (const f of v.fields) stack.push([f.value, d + 1]);
    } else if (v.kind === Kind.LIST) {
      max = Math.max(max, d + 1);
      for (const x of v.values) stack.push([x, d + 1]);
    }
  }
  return max;
}

/** Nesting of a JSON variable value: each object or array is one level. */
export function jsonDepth(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v !== null && typeof v === 'object') {
      max = Math.max(max, d + 1);
      for (const x of Object.values(v)) stack.push([x, d + 1]);
    }
  }
  return max;
}
