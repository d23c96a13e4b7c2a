/**
 * Marks a property whose type is another GraphQL class that may import this one back. TypeScript
 * emits decorator metadata for an alias as Object, so the ES module cycle is never touched at
 * load time; the `() => Type` of the decorator resolves it when the schema is built.
 */
export type Lazy<T> = T;
