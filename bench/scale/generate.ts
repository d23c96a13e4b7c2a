/**
 * Scale data: the seed documents cloned per (city, department, year). Seeds issued in one city form
 * a department family (Fuzhou: fund budget, department budget, plan; Xiamen: department budget);
 * department n of every city follows family n mod families. Deterministic: the same scale gives the
 * same documents, byte for byte, on every run (the money factor comes from a seeded generator).
 */
import { parseDocument } from '../../loaders/parse-document.js';
import type { ParsedDocument } from '../../loaders/records/types.js';
import { seeds } from '../../loaders/seed-fixtures.js';
import { cloneDocument } from './clone-document.js';

export interface Scale {
  cities: number;
  departments: number;
  years: number;
}

export interface ScaleDocument {
  doc: ParsedDocument;
  /** The parsed seed it was cloned from. */
  seed: ParsedDocument;
  /** Money factor applied to the seed (exact decimal string). */
  factor: string;
}

/** mulberry32: a small seeded PRNG, so the factors never depend on Math.random. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed families, ordered by content (never by file name). */
export function seedFamilies(): ParsedDocument[][] {
  const parsed = seeds()
    .map((s) => parseDocument(s.bytes, s.fileName))
    .sort((a, b) => a.document.contentHash.localeCompare(b.document.contentHash));
  const byCity = new Map<string, ParsedDocument[]>();
  for (const p of parsed) byCity.set(p.document.city, [...(byCity.get(p.document.city) ?? []), p]);
  return [...byCity.keys()].sort().map((c) => byCity.get(c)!);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The documents of a scale, in a fixed order; `rngSeed` changes every factor. */
export function* scaleDocuments(scale: Scale, rngSeed = 7): Generator<ScaleDocument> {
  const families = seedFamilies();
  const next = prng(rngSeed);
  for (let c = 0; c < scale.cities; c++) {
    for (let d = 0; d < scale.departments; d++) {
      const family = families[d % families.length]!;
      for (let y = 0; y < scale.years; y++) {
        for (const seed of family) {
          // 0.80 … 1.00 in steps of 0.01: ≤ 1 keeps rounding differences inside tolerance. A seed
          // printing figures in 亿元 keeps 1: validation reads their printed decimals as precision.
          const drawn = (1 - Math.floor(next() * 21) / 100).toFixed(2);
          const factor = seed.facts.some((f) => f.unitRaw.includes('亿')) ? '1.00' : drawn;
          const doc = cloneDocument(seed, { city: `城${pad(c + 1, 4)}市`, department: `第${pad(d + 1, 3)}`, yearShift: y, factor });
          yield { doc, seed, factor };
        }
      }
    }
  }
}

/** "cities=20,departments=10,years=5" → Scale (missing parts default to 1). */
export function parseScale(text: string): Scale {
  const s: Scale = { cities: 1, departments: 1, years: 1 };
  for (const part of text.split(',').filter(Boolean)) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (!(k === 'cities' || k === 'departments' || k === 'years') || !/^\d+$/.test(v ?? '') || Number(v) < 1) throw new Error(`bad scale part "${part}": expected cities=N,departments=N,years=N`);
    s[k] = Number(v);
  }
  return s;
}
