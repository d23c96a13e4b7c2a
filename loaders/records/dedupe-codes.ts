import type { ParseIssue, SubjectCodeRecord } from './types.js';

/**
 * One record per (scheme, code, spelling): a code spelled two ways in one document keeps both
 * spellings (the graph keys codes by code) and is flagged as CODE_SPELLINGS.
 */
export function dedupeCodes(codes: readonly SubjectCodeRecord[], issues: ParseIssue[]): SubjectCodeRecord[] {
  const seen = new Map<string, SubjectCodeRecord>();
  for (const c of codes) {
    const k = `${c.scheme}:${c.code}:${c.name}`;
    if (!seen.has(k)) seen.set(k, c);
  }
  const out = [...seen.values()];
  const byCode = new Map<string, SubjectCodeRecord[]>();
  for (const c of out) byCode.set(`${c.scheme}:${c.code}`, [...(byCode.get(`${c.scheme}:${c.code}`) ?? []), c]);
  for (const [, same] of byCode) {
    const [first, second] = same;
    if (!first || !second) continue;
    issues.push({
      code: 'CODE_SPELLINGS', severity: 'INFO', table: null,
      startLine: Math.min(...same.map((c) => c.source.startLine)), endLine: Math.max(...same.map((c) => c.source.endLine)),
      message: `code ${first.code} is spelled ${same.map((c) => `"${c.name}" (line ${c.source.startLine})`).join(' and ')}`,
    });
  }
  return out;
}
