import type { TransferRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { DocumentParseError } from '../errors.js';
import { isAmount, isGarbledAmount, parseAmount } from '../tables/amount.js';
import { sourceRef, type ExtractContext } from './extract-context.js';

const UNIT_CODE = /^\d{3,}$/;
const SUBJECT = /^\d{7}$|^\d{5}$/;

/**
 * 市对区转移支付 table: 单位编码 单位名称 功能科目编码 功能科目名称 资金性质 [转移支付类型] 项目名称 预算数.
 * Payer is the city unit of the row; the recipient is the lower government the title names (区/县).
 */
export function extractTransfers(ctx: ExtractContext, seg: TableSegment): TransferRecord[] {
  const recipient = /市对(区|县|县（市）区)/u.exec(seg.title) ? `各${/市对(.+?)转移支付/u.exec(seg.title)?.[1] ?? '区'}` : '下级政府';
  const out: TransferRecord[] = [];
  for (const l of seg.body) {
    const tokens = l.text.split(/[\t ]+/).map((t) => t.trim()).filter((t) => t);
    if (!UNIT_CODE.test(tokens[0] ?? '') || tokens.length < 4) continue;
    const amountTok = tokens[tokens.length - 1] ?? '';
    if (!isAmount(amountTok)) {
      if (isGarbledAmount(amountTok)) throw new DocumentParseError(ctx.fileName, l.no, `an amount in column 预算数 of table ${seg.title}`, `"${amountTok}"`);
      continue;
    }
    const subjectAt = tokens.findIndex((t, i) => i > 0 && SUBJECT.test(t));
    const payer = tokens.slice(1, subjectAt < 0 ? 2 : subjectAt).join('');
    const rest = tokens.slice(subjectAt < 0 ? 2 : subjectAt + 1, -1);
    const nature = rest.findIndex((t) => /资金$/u.test(t) && /预算/u.test(t));
    const type = rest.findIndex((t) => /转移支付$/u.test(t));
    const subjectName = rest.slice(0, nature < 0 ? 1 : nature).join('') || null;
    const after = Math.max(nature, type);
    out.push({
      payer,
      recipient,
      subjectCode: subjectAt < 0 ? null : (tokens[subjectAt] ?? null),
      subjectName,
      sourceBudget: nature < 0 ? null : (rest[nature] ?? null),
      transferType: type < 0 ? null : (rest[type] ?? null),
      projectName: rest.slice(after + 1).join('') || null,
      amount: parseAmount(amountTok),
      source: sourceRef(ctx, l.no),
    });
  }
  return out;
}
