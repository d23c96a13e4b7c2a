/**
 * Node identity across documents. Names are the documents' own, so the same organisation may be
 * printed with spaces, middle dots or full-width characters: keys use a normalised form.
 * A key never contains a file name or line number: a new version of a document keeps its key.
 */

/** NFKC (full-width → ASCII), no whitespace, no middle dots. */
export function normName(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00b7\u2022\u30fb\u2027]+/g, '');
}

/**
 * Common abbreviations of department names, expanded so that a plan issued by 福州市人社局 and a
 * budget issued by 福州市人力资源和社会保障局 belong to one department.
 */
const ABBREVIATIONS: [RegExp, string][] = [[/人社局$/, '人力资源和社会保障局']];

export function canonicalOrgName(s: string): string {
  let n = normName(s);
  for (const [re, full] of ABBREVIATIONS) n = n.replace(re, full);
  return n;
}

export const governmentKey = (name: string) => normName(name);
export const departmentKey = (city: string, name: string) => `${normName(city)}|${canonicalOrgName(name)}`;
export const unitKey = (city: string, name: string) => `${normName(city)}|${canonicalOrgName(name)}`;
export const codeKey = (scheme: string, code: string) => `${scheme}|${code}`;
export const fundSourceKey = (name: string) => normName(name);

/** A document's identity: who issued what for which years (not its content: see contentHash). */
export function documentKey(d: { kind: string; city: string; issuer: string; year: number; endYear: number }): string {
  const years = d.endYear !== d.year ? `${d.year}-${d.endYear}` : String(d.year);
  return `${d.kind}|${normName(d.city)}|${canonicalOrgName(d.issuer)}|${years}`;
}

/** Level of a recipient government by its name's last character (区 district, 县 county …). */
export function governmentLevel(name: string): 'DISTRICTS' | 'DISTRICT' | 'COUNTY' | 'CITY' | 'OTHER' {
  // 各区, 各县（市）区: the lower governments collectively, as transfer tables often say.
  if (/^各/.test(name)) return 'DISTRICTS';
  if (/区$/.test(name)) return 'DISTRICT';
  if (/县$/.test(name)) return 'COUNTY';
  if (/市$/.test(name)) return 'CITY';
  return 'OTHER';
}
