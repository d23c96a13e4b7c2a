/**
 * Values computed once per (object, id) and kept while the object lives, at most `limit` ids per
 * object (past it, that object's values are dropped at once). Used for what depends only on a
 * parsed query (Apollo hands the same document object for the same query text) and its variables.
 */
export class MemoPerObject<K extends object, V> {
  private readonly byObject = new WeakMap<K, Map<string, V>>();

  constructor(private readonly limit: number) {}

  get(object: K, id: string, compute: () => V): V {
    let known = this.byObject.get(object);
    if (!known) this.byObject.set(object, (known = new Map()));
    if (known.has(id)) return known.get(id)!;
    const value = compute(); // a throw caches nothing
    if (known.size >= this.limit) known.clear();
    known.set(id, value);
    return value;
  }
}
