import type { MoneyFact, MoneyKind } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount } from '../tables/amount.js';
import { sourceRef, tableRef, type ExtractContext } from './extract-context.js';

function kindOf(label: string): MoneyKind {
  if (/合计/u.test(label)) return 'TOTAL';
  if (/人员/u.test(label)) return 'PERSONNEL';
  if (/公用/u.test(label)) return 'OPERATING';
  if (/专项|发展经费|基建|项目/u.test(label)) return 'PROJECT';
  return 'OTHER';
}

/**
 * The money block of a 部门整体支出绩效目标表: "支出结构 资金总额 其中：财政资金 投入计划", printed
 * twice side by side, so each line holds up to two (label, 资金总额, 财政资金) groups.
 */
export function extractDepartmentFunds(ctx: ExtractContext, seg: TableSegment): MoneyFact[] {
  const table = tableRef(ctx, seg);
  const out: MoneyFact[] = [];
  const start = seg.body.findIndex((l) => /支出结构/u.test(l.text));
  if (start < 0) return out;
  for (const l of seg.body.slice(start + 1)) {
    if (/年度目标|绩效目标/u.test(l.text)) break;
    const groups: Array<{ label: string; amounts: string[] }> = [];
    for (const t of l.text.trim().split(/\s+/).filter((x) => x)) {
      const g = groups[groups.length - 1];
      if (isAmount(t) || isGarbledAmount(t)) {
        if (!isAmount(t)) throw new DocumentParseError(ctx.fileName, l.no, `an amount in column 资金总额 of table ${seg.title}`, `"${t}"`);
        g?.amounts.push(parseAmount(t));
      } else groups.push({ label: t, amounts: [] });
    }
    for (const g of groups) {
      g.amounts.slice(0, 2).forEach((amount, i) => {
        const column = [i === 0 ? '资金总额' : '其中：财政资金'];
        out.push({
          key: `${table.index}:${out.length}:${column[0]}`, table, rowIndex: out.length, rowLabel: g.label, column, amount, amountRaw: amount, unitRaw: '万元', year: ctx.year,
          direction: 'EXPENDITURE', subjectScheme: null, subjectCode: null, sourceOfFunds: i === 0 ? null : '财政拨款', kind: kindOf(g.label), unitName: null,
          isSubtotal: /合计/u.test(g.label), source: sourceRef(ctx, l.no),
        });
      });
    }
  }
  return out;
}
