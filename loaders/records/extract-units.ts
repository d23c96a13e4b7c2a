import type { UnitRecord } from './types.js';
import type { TableSegment } from '../structure/segment-tables.js';
import { sourceRef, type ExtractContext } from './extract-context.js';

/** 经费性质 vocabulary. */
const FUNDING = /^(财政核拨|财政补助|全额拨款|差额拨款|全额|差额|自收自支|经费自理|定额补助)$/u;

/** Units table (单位名称 · 经费性质 · 在职人数) in both layouts; names may wrap over lines. */
export function extractUnits(ctx: ExtractContext, seg: TableSegment): UnitRecord[] {
  const out: UnitRecord[] = [];
  let name = '';
  let start = 0;
  for (const l of seg.body.slice(1)) {
    const tokens = l.text.split(/[\t ]+/).map((t) => t.trim()).filter((t) => t !== '');
    if (tokens.length === 0 || /^\d{1,3}$/.test(l.text.trim()) && tokens.length === 1 && !name) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] ?? '';
      if (!name) start = l.no;
      if (FUNDING.test(t)) {
        const staff = tokens[i + 1];
        const staffCount = staff !== undefined && /^\d+$/.test(staff) ? Number(staff) : null;
        if (staffCount !== null) i++;
        out.push({ name, fundingType: t, staffCount, year: ctx.year, source: sourceRef(ctx, start, l.no) });
        name = '';
      } else name += t;
    }
  }
  return out;
}
