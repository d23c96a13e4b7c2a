import type { MoneyKind } from '../records/types.js';
import type { Identity } from './column-solver.js';

export interface ColumnDef {
  /** Header path as printed, e.g. ["财政拨款", "基本支出"]. */
  path: string[];
  kind: MoneyKind;
  /** Source of funds when the column is split by source. */
  source: string | null;
}

export interface ColumnSchema {
  columns: ColumnDef[];
  identities: Identity[];
}

/** Kind of money a column header names. */
export function kindOf(name: string): MoneyKind {
  if (/人员(经费|支出)/u.test(name)) return 'PERSONNEL';
  if (/公用(经费|支出)/u.test(name)) return 'OPERATING';
  if (/基本支出/u.test(name)) return 'BASIC';
  if (/项目支出/u.test(name)) return 'PROJECT';
  if (/合计|总计|小计|预算数|金额/u.test(name)) return 'TOTAL';
  return 'OTHER';
}

/** A column split by source of funds holds that source's total. */
const col = (path: string[], source: string | null = null): ColumnDef => {
  const kind = kindOf(path[path.length - 1] ?? '');
  return { path, kind: kind === 'OTHER' && source !== null ? 'TOTAL' : kind, source };
};
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/**
 * Schemas of single-space tables, chosen by the words of their header. In that layout a wrapped
 * multi-level header cannot be read cell by cell, so the header vocabulary selects the schema.
 */
export function spaceSchema(headerText: string): ColumnSchema | null {
  const h = headerText.replace(/\s+/g, '');
  if (/非财政拨款/u.test(h) && /基本支出/u.test(h)) {
    return {
      columns: [col(['合计']), col(['财政拨款', '小计'], '财政拨款'), col(['财政拨款', '基本支出'], '财政拨款'), col(['财政拨款', '项目支出'], '财政拨款'), col(['非财政拨款', '小计'], '非财政拨款'), col(['非财政拨款', '基本支出'], '非财政拨款'), col(['非财政拨款', '项目支出'], '非财政拨款')],
      identities: [{ total: 0, parts: [1, 4] }, { total: 1, parts: [2, 3] }, { total: 4, parts: [5, 6] }],
    };
  }
  if (/上年结转结余/u.test(h) && /本年收入/u.test(h)) {
    const cur = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
    const carry = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'];
    return {
      columns: [col(['合计']), col(['本年收入', '小计']), ...cur.map((c) => col(['本年收入', c], c)), col(['上年结转结余', '小计'], '上年结转结余'), ...carry.map((c) => col(['上年结转结余', c], `上年结转结余/${c}`))],
      identities: [{ total: 0, parts: [1, 11] }, { total: 1, parts: range(2, 10) }, { total: 11, parts: range(12, 16) }],
    };
  }
  if (/人员(经费|支出)/u.test(h) && /公用(经费|支出)/u.test(h) && /项目支出/u.test(h)) {
    return {
      columns: [col(['合计']), col(['基本支出', '小计']), col(['基本支出', '人员经费']), col(['基本支出', '公用支出']), col(['项目支出'])],
      identities: [{ total: 0, parts: [1, 4] }, { total: 1, parts: [2, 3] }],
    };
  }
  if (/人员(经费|支出)/u.test(h) && /公用(经费|支出)/u.test(h)) {
    return { columns: [col(['合计']), col(['人员支出']), col(['公用支出'])], identities: [{ total: 0, parts: [1, 2] }] };
  }
  if (/基本支出/u.test(h) && /项目支出/u.test(h)) {
    return { columns: [col(['合计']), col(['基本支出']), col(['项目支出'])], identities: [{ total: 0, parts: [1, 2] }] };
  }
  return null;
}

/** Schema of a tab-separated header: the cells after 科目编码/科目名称, a "其中：" cell read from the next header line. */
export function tabSchema(header: string[], next: string[] | null): ColumnSchema {
  const names = header.slice(2).map((c, i) => (c === '' || /^其中[:：]?$/u.test(c) ? (next?.[i + 2] ?? c) : c));
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  const revenue = names.some((n) => /收入/u.test(n));
  const columns = names.map((n) => col([n.replace(/^其中[:：]/u, '')], revenue && !/总计|合计/u.test(n) ? n : null));
  return { columns, identities: columns.length > 1 ? [{ total: 0, parts: range(1, columns.length - 1) }] : [] };
}
