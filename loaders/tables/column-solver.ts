import { Decimal } from 'decimal.js';
import { TOLERANCE } from './amount.js';

/**
 * Assigns the numbers of single-space-separated rows to columns. Empty cells leave no trace in
 * that layout, so a row "3,644.00 3,644.00 3,644.00" under seven columns has many readings. The
 * solver keeps, per row, the readings that satisfy the row identities (合计 = 财政小计 + 非财政小计,
 * 小计 = 基本 + 项目 …), then chooses jointly over the code hierarchy: a parent's columns equal the
 * sums of its children's (the 合计 row is the parent of the top-level rows), and hints from other
 * tables of the document (e.g. the basic/project split of the same code) break ties. A row whose
 * best reading is not unique is reported with the competing readings, never silently guessed.
 */

/** `total` column = sum of the `parts` columns (0-based column indexes). */
export interface Identity {
  total: number;
  parts: number[];
}

export interface SolverRow {
  /** Classification or unit code; null for the 合计 row. */
  code: string | null;
  isTotal: boolean;
  /** Exact decimal strings in printed order. */
  numbers: string[];
}

/** One reading: the amount of each column, null for an empty cell. */
export type Reading = Array<string | null>;

export interface SolvedRow {
  reading: Reading;
  /** Other readings that satisfy the identities equally well (empty when unique). */
  alternatives: Reading[];
}

/** Key of the 合计 row in `Hints`. */
export const TOTAL_KEY = '合计';

/** Hint: column index → amount another table states for this row's code. */
export type Hints = Map<string, Map<number, string>>;

const MAX_EXHAUSTIVE = 4096;
const MAX_PLACEMENTS = 50000;

function placements(n: number, c: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const rec = (start: number): void => {
    if (out.length >= MAX_PLACEMENTS) return;
    if (pick.length === n) {
      out.push([...pick]);
      return;
    }
    for (let i = start; i <= c - (n - pick.length); i++) {
      pick.push(i);
      rec(i + 1);
      pick.pop();
    }
  };
  rec(0);
  return out;
}

/**
 * Amounts are compared as exact integers of 0.0001 万元 (BigInt), never as floats: the solver
 * evaluates millions of sums and decimal.js would be too slow there.
 */
const SCALE = new Decimal(10000);
const scaledCache = new Map<string, bigint>();
function scaled(a: string | null | undefined): bigint {
  if (a === null || a === undefined) return 0n;
  let v = scaledCache.get(a);
  if (v === undefined) {
    v = BigInt(new Decimal(a).times(SCALE).toFixed(0));
    scaledCache.set(a, v);
  }
  return v;
}
const TOL = scaled(TOLERANCE.toString());
const val = (r: Reading, i: number): bigint => scaled(r[i]);
const differs = (a: bigint, b: bigint): boolean => (a > b ? a - b : b - a) > TOL;

export function identityViolations(r: Reading, identities: readonly Identity[]): number {
  return identities.filter((id) => differs(val(r, id.total), id.parts.reduce((s, p) => s + val(r, p), 0n))).length;
}

/** Readings of one row that violate the fewest identities. */
export function rowReadings(numbers: readonly string[], columns: number, identities: readonly Identity[]): Reading[] {
  if (numbers.length > columns) return [];
  let best: Reading[] = [];
  let bestCost = Infinity;
  for (const p of placements(numbers.length, columns)) {
    const r: Reading = Array.from({ length: columns }, () => null);
    p.forEach((col, k) => (r[col] = numbers[k] ?? null));
    const cost = identityViolations(r, identities);
    if (cost < bestCost) {
      best = [r];
      bestCost = cost;
    } else if (cost === bestCost) best.push(r);
  }
  return best;
}

interface Node {
  row: number;
  children: Node[];
  readings: Reading[];
}

function parentIndex(rows: readonly SolverRow[], i: number, root: number): number {
  const code = rows[i]?.code;
  if (!code) return -1;
  let best = -1;
  rows.forEach((r, j) => {
    if (j !== i && r.code && code.startsWith(r.code) && r.code.length < code.length && (best < 0 || r.code.length > (rows[best]?.code?.length ?? 0))) best = j;
  });
  return best >= 0 ? best : root;
}

/**
 * Costs: a broken identity or parent/children sum weighs VIOLATION; a hint (another table, or a
 * tab row's printed position) that a reading contradicts weighs 1 per column, so hints only choose
 * among readings that fit the identities equally well.
 */
const VIOLATION = 10;

/**
 * `candidates` (optional, per row) replaces the enumeration of placements, e.g. a tab row's printed
 * reading and its one-cell shifts.
 */
export function solveColumns(rows: readonly SolverRow[], columns: number, identities: readonly Identity[], hints: Hints = new Map(), candidates?: Reading[][]): SolvedRow[] {
  const nodes: Node[] = rows.map((r, i) => {
    const readings = candidates?.[i] ?? rowReadings(r.numbers, columns, identities);
    return { row: i, children: [], readings: readings.length ? readings : [positional(r.numbers, columns)] };
  });
  const root = rows.findIndex((r) => r.isTotal);
  const tops: Node[] = [];
  nodes.forEach((n, i) => {
    const p = i === root ? -1 : parentIndex(rows, i, root);
    const parent = p >= 0 ? nodes[p] : undefined;
    if (parent) parent.children.push(n);
    else tops.push(n);
  });
  const hintCost = (n: Node, k: number): number => {
    const h = hints.get(rows[n.row]?.code ?? TOTAL_KEY);
    const r = n.readings[k];
    if (!h || !r) return 0;
    let c = 0;
    for (const [col, amount] of h) if (differs(val(r, col), scaled(amount))) c++;
    return c;
  };
  const memo = new Map<Node, Array<{ cost: number; combo: number[]; ties: Set<number>[] }>>();
  const solve = (n: Node): Array<{ cost: number; combo: number[]; ties: Set<number>[] }> => {
    const hit = memo.get(n);
    if (hit) return hit;
    const kids = n.children;
    const kidCosts = kids.map((c) => solve(c).map((s) => s.cost));
    const res = n.readings.map((reading, k) => {
      const comboCost = (combo: number[]): number => {
        let cost = 0;
        combo.forEach((ci, j) => (cost += kidCosts[j]?.[ci] ?? 0));
        if (kids.length === 0) return cost;
        for (let col = 0; col < columns; col++) {
          let sum = 0n;
          combo.forEach((ci, j) => (sum += val(kids[j]?.readings[ci] ?? [], col)));
          if (differs(sum, val(reading, col))) cost += VIOLATION;
        }
        return cost;
      };
      // Start the search from children readings that use only the parent's non-empty columns.
      const init = kids.map((c, j) => {
        let best = 0;
        let bestScore = Infinity;
        c.readings.forEach((r, ci) => {
          const stray = r.filter((v, col) => v !== null && reading[col] === null).length;
          const score = stray * 1000 + (kidCosts[j]?.[ci] ?? 0);
          if (score < bestScore) [best, bestScore] = [ci, score];
        });
        return best;
      });
      const { cost, combo, ties } = bestCombo(kids, comboCost, init);
      return { cost: cost + hintCost(n, k) + VIOLATION * identityViolations(reading, identities), combo, ties };
    });
    memo.set(n, res);
    return res;
  };
  const out: SolvedRow[] = rows.map(() => ({ reading: [], alternatives: [] }));
  const assign = (target: SolvedRow[], n: Node, k: number, rivals: Set<number>): void => {
    const r = n.readings[k] ?? [];
    target[n.row] = { reading: r, alternatives: [...rivals].filter((x) => x !== k).map((x) => n.readings[x] ?? []) };
    const s = solve(n)[k];
    n.children.forEach((c, j) => assign(target, c, s?.combo[j] ?? 0, s?.ties[j] ?? new Set()));
  };
  for (const t of tops) {
    const sol = solve(t);
    const min = Math.min(...sol.map((s) => s.cost));
    const best = sol.map((s, k) => (s.cost === min ? k : -1)).filter((k) => k >= 0);
    assign(out, t, best[0] ?? 0, new Set(best));
    // An equally good reading of a top row changes its descendants too: they are ambiguous as well.
    for (const k of best.slice(1)) {
      const other: SolvedRow[] = rows.map(() => ({ reading: [], alternatives: [] }));
      assign(other, t, k, new Set());
      other.forEach((o, i) => {
        const mine = out[i];
        if (i === t.row || !mine || o.reading.length === 0 || sameReading(o.reading, mine.reading)) return;
        if (!mine.alternatives.some((a) => sameReading(a, o.reading))) mine.alternatives.push(o.reading);
      });
    }
  }
  return out;
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function positional(numbers: readonly string[], columns: number): Reading {
  return Array.from({ length: columns }, (_, i) => numbers[i] ?? null);
}

/** Best combination of children readings; `ties[j]` holds child j's readings in equally good combos. */
function bestCombo(kids: readonly Node[], cost: (combo: number[]) => number, init: number[]): { cost: number; combo: number[]; ties: Set<number>[] } {
  const sizes = kids.map((k) => k.readings.length);
  const product = sizes.reduce((a, b) => a * b, 1);
  const ties = kids.map(() => new Set<number>());
  if (product <= MAX_EXHAUSTIVE) {
    let best = Infinity;
    let bestCombos: number[][] = [];
    const combo = kids.map(() => 0);
    for (let n = 0; n < product; n++) {
      let x = n;
      for (let j = 0; j < sizes.length; j++) {
        combo[j] = x % (sizes[j] ?? 1);
        x = Math.floor(x / (sizes[j] ?? 1));
      }
      const c = cost(combo);
      if (c < best) {
        best = c;
        bestCombos = [[...combo]];
      } else if (c === best && bestCombos.length < 64) bestCombos.push([...combo]);
    }
    bestCombos.forEach((bc) => bc.forEach((ci, j) => ties[j]?.add(ci)));
    return { cost: best, combo: bestCombos[0] ?? [], ties };
  }
  // Too many combinations: coordinate descent from the first readings, then single-flip ties.
  const combo = [...init];
  let current = cost(combo);
  for (let pass = 0; pass < 8; pass++) {
    let improved = false;
    kids.forEach((_, j) => {
      for (let ci = 0; ci < (sizes[j] ?? 1); ci++) {
        const old = combo[j] ?? 0;
        combo[j] = ci;
        const c = cost(combo);
        if (c < current) {
          current = c;
          improved = true;
        } else combo[j] = old;
      }
    });
    if (!improved) break;
  }
  kids.forEach((_, j) => {
    const old = combo[j] ?? 0;
    for (let ci = 0; ci < (sizes[j] ?? 1); ci++) {
      combo[j] = ci;
      if (cost(combo) === current) ties[j]?.add(ci);
    }
    combo[j] = old;
  });
  return { cost: current, combo, ties };
}
