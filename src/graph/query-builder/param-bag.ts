import type { Params } from '../executor.js';

/** Collects a statement's parameters and names them $p0, $p1 …; values never enter the text. */
export class ParamBag {
  readonly params: Params = {};
  private next = 0;
  private aliases = 0;

  add(value: unknown): string {
    const name = `p${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A fresh node variable for a nested pattern (m0, m1 …). */
  alias(): string {
    return `m${this.aliases++}`;
  }
}
