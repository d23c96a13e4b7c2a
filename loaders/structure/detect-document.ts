import type { DocumentKind, DocumentRecord } from '../records/types.js';
import type { SourceLine } from '../text/source-lines.js';
import { DocumentParseError } from '../errors.js';

/** What the text says about the document itself (the rest of DocumentRecord comes from the file). */
export type DocumentIdentity = Pick<DocumentRecord, 'kind' | 'year' | 'endYear' | 'issuer' | 'city' | 'province' | 'title'>;

/** Most specific first: a fund budget or plan title also contains words of the others. */
const KIND_PATTERNS: ReadonlyArray<[RegExp, DocumentKind]> = [
  [/(社保|社会保险)基金(预算|决算)/u, 'FUND_BUDGET'],
  [/规划/u, 'PLAN'],
  [/(部门|单位)决算/u, 'FINAL_ACCOUNTS'],
  [/单位预算/u, 'UNIT_BUDGET'],
  [/部门预算/u, 'DEPARTMENT_BUDGET'],
];

/** Words ending in 市 that are not city names (全市 = the whole city, 城市 = cities …). */
const NOT_CITY = new Set(['全市', '我市', '本市', '各市', '城市', '该市', '省市', '县市', '副市', '区市', '超市', '上市', '市市', '入市']);
const PROVINCE = /(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省/gu;

function mostFrequent(matches: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m, (counts.get(m) ?? 0) + 1);
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  return best;
}

/** Without a title page the kind most often named in the text wins (a budget may mention 规划). */
function kindByFrequency(text: string): DocumentKind | null {
  let best: DocumentKind | null = null;
  let bestN = 0;
  for (const [re, kind] of KIND_PATTERNS) {
    const n = text.match(new RegExp(re.source, 'gu'))?.length ?? 0;
    if (n > bestN) [best, bestN] = [kind, n];
  }
  return best;
}

/** Title lines: the non-empty lines before the table of contents or the first part. */
function titleLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    // The title page ends at the contents, the first part, or the first sentence of prose.
    if (/^目\s*录$|^第[一二三四五六七八九十]+部分|^前言/u.test(t) || /[。，；]/u.test(t) || t.length > 40 || out.length >= 4) break;
    out.push(l);
  }
  return out;
}

/** First year of the n-th five-year plan (十四五 → 2021); exact from the 6th plan on. */
function fiveYearPlanStart(numeral: string): number | null {
  const n: Record<string, number> = { 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16 };
  const k = n[numeral];
  return k === undefined ? null : 1981 + 5 * (k - 6);
}

function detectYears(kind: DocumentKind, head: string, text: string): [number, number] | null {
  if (kind === 'PLAN') {
    const period = /规划期为\s*(20\d{2})\s*[—\-–~至到]+\s*(20\d{2})/u.exec(text);
    if (period) return [Number(period[1]), Number(period[2])];
    const fyp = /[“"]?十([一二三四五六])五[”"]?/u.exec(head + text);
    const start = fyp ? fiveYearPlanStart(`十${fyp[1]}`) : null;
    if (start !== null) return [start, start + 4];
    return null;
  }
  const inHead = /(20\d{2})\s*年度?/u.exec(head);
  if (inHead) return [Number(inHead[1]), Number(inHead[1])];
  const inText = /(20\d{2})\s*年度?\s*(?:部门|单位|社保基金|社会保险基金)?(?:预算|决算)/u.exec(text);
  return inText ? [Number(inText[1]), Number(inText[1])] : null;
}

/** Kind, years, issuer, city and title of a document, from its text alone. */
export function detectDocument(lines: readonly SourceLine[], fileName: string): DocumentIdentity {
  const text = lines.map((l) => l.text).join('\n');
  const heads = titleLines(lines);
  const head = heads.map((l) => l.text.trim()).join('');
  const kind = KIND_PATTERNS.find(([re]) => re.test(head))?.[1] ?? kindByFrequency(text);
  const cityName = mostFrequent([...text.matchAll(/([\u4e00-\u9fa5]{2})市/gu)].map((m) => m[0]).filter((c) => !NOT_CITY.has(c)));
  const issuer = cityName ? mostFrequent(text.match(new RegExp(`${cityName}[^\\s市，。、；：“”（）()]{1,14}?(?:局|委员会|厅)`, 'gu')) ?? []) : null;
  const firstLine = lines.find((l) => l.text.trim())?.text.trim() ?? '(empty file)';
  // A plan names itself in its title; a text that merely mentions 规划 is not one.
  if (!kind || !issuer || (kind === 'PLAN' && !/规划/u.test(head))) {
    throw new DocumentParseError(
      fileName,
      lines.find((l) => l.text.trim())?.no ?? 1,
      'a budget or plan document (部门预算, 单位预算, 决算, 社保基金预算 or 规划) of a named issuer',
      `"${firstLine.slice(0, 60)}"`,
    );
  }
  const years = detectYears(kind, head, text);
  if (!years) throw new DocumentParseError(fileName, heads[0]?.no ?? 1, 'the budget year (e.g. 2024 年度)', `"${head.slice(0, 60)}"`);
  const city = cityName ?? issuer;
  const province = mostFrequent(text.match(PROVINCE) ?? []);
  // A document without a title page (e.g. one that starts with 第一部分) gets a title composed of
  // its issuer, year and kind as the text states them.
  const kindWord = kind === 'DEPARTMENT_BUDGET' ? '部门预算' : kind === 'UNIT_BUDGET' ? '单位预算' : kind === 'FINAL_ACCOUNTS' ? '决算' : kind === 'FUND_BUDGET' ? '社保基金预算' : '规划';
  const title = heads.length > 0 && KIND_PATTERNS.some(([re]) => re.test(head)) ? heads.map((l) => l.text.trim()).join(' ') : `${issuer}${years[0]}年${kindWord}`;
  return { kind, year: years[0], endYear: years[1], issuer, city, province, title };
}
