import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Seed documents shipped with the repository (data/documents); tests find them by content, not name. */
const DIR = fileURLToPath(new URL('../data/documents/', import.meta.url));

export interface Seed {
  fileName: string;
  bytes: Uint8Array;
  text: string;
}

export function seeds(): Seed[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((fileName) => {
      const bytes = readFileSync(DIR + fileName);
      return { fileName, bytes, text: bytes.toString('utf8') };
    });
}

/** The seed whose text contains `marker` (e.g. its issuer and kind). */
export function seedContaining(...markers: string[]): Seed {
  const s = seeds().find((x) => markers.every((m) => x.text.includes(m)));
  if (!s) throw new Error(`no seed contains ${markers.join(' + ')}`);
  return s;
}
