import type { GraphExecutor } from '../executor.js';
import { buildAggregateStatement, type AggregateFilter } from './aggregate-query.js';
import { fromMicro } from './money.js';
import type { AggregateDimension } from './vocabulary.js';

export interface KeyName {
  key: string;
  name: string | null;
}

export interface CodeName {
  code: string;
  name: string | null;
}

/** One group: the grouped dimensions' values (null when not grouped or absent) and the exact sum. */
export interface AggregateGroup {
  year: number | null;
  city: string | null;
  document: KeyName | null;
  department: KeyName | null;
  unit: KeyName | null;
  functionalCode: CodeName | null;
  economicCode: CodeName | null;
  fundSource: string | null;
  kind: string | null;
  spendingType: string | null;
  direction: string | null;
  tableRole: string | null;
  /** Exact sum in 万元. */
  total: string;
  factCount: number;
  /** Keys of the facts added; absent unless asked for (`factKeys` option). */
  factKeys?: string[];
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const keyName = (key: unknown, name: unknown): KeyName | null => (key == null ? null : { key: String(key), name: str(name) });
const codeName = (code: unknown, name: unknown): CodeName | null => (code == null ? null : { code: String(code), name: str(name) });

/**
 * Sums of leaf facts grouped by the given dimensions (see buildAggregateStatement for the rules);
 * with `factKeys`, each group also lists the keys of its facts.
 */
export async function aggregateFacts(db: GraphExecutor, filter: AggregateFilter, groupBy: AggregateDimension[], options: { factKeys?: boolean } = {}): Promise<AggregateGroup[]> {
  const st = buildAggregateStatement(filter, groupBy, options);
  const rows = await db.read(st, st.params);
  return rows.map((r) => {
    if (Number(r.tooFine) > 0) throw new RangeError('a fact amount is finer than 0.000001 万元 and cannot be summed exactly');
    return {
      year: r.year == null ? null : Number(r.year),
      city: str(r.city),
      document: keyName(r.documentKey, r.documentTitle),
      department: keyName(r.departmentKey, r.departmentName),
      unit: keyName(r.unitKey, r.unitName),
      functionalCode: codeName(r.functionalCode, r.functionalCodeName),
      economicCode: codeName(r.economicCode, r.economicCodeName),
      fundSource: str(r.fundSource),
      kind: str(r.kind),
      spendingType: str(r.spendingType),
      direction: str(r.direction),
      tableRole: str(r.tableRole),
      total: fromMicro(String(r.totalMicro)),
      factCount: Number(r.factCount),
      ...(options.factKeys ? { factKeys: (r.factKeys as unknown[]).map(String) } : {}),
    };
  });
}
