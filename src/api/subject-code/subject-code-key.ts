import { BadUserInputError } from '../../errors.js';

/**
 * The key of a subject code from either `key` or `scheme` + `code` (graph key `SCHEME|code`,
 * e.g. FUNCTIONAL|2080116; loaders/graph/keys.ts).
 */
export function subjectCodeKeyOf(a: { key?: string; scheme?: string; code?: string }): string {
  if (a.key !== undefined && a.key !== null) return a.key;
  if (a.scheme && a.code) return `${a.scheme}|${a.code}`;
  throw new BadUserInputError('subjectCode: give either key, or scheme and code (e.g. scheme: "FUNCTIONAL", code: "2080116").');
}
