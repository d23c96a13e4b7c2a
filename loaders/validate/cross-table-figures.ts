/**
 * Where the same figure is printed in more than one table of a department budget. Each figure
 * definition collects "sightings" (a fact and the key that identifies the figure across tables);
 * CROSS_TABLE_TOTAL then compares the sightings of one key. Tables are recognised by TableRole,
 * columns by their header path and kind, rows by subject code or (summary tables) by name.
 */
import type { MoneyFact, MoneyKind, ParsedDocument, TableRole } from '../records/types.js';
import { familyOf, isOverallColumn, kindOf } from './column-families.js';
import { toDecimal } from './money.js';
import { bareLabel, isTotalLabel } from './row-labels.js';
import type { DocumentIndex } from './table-rows.js';

export interface Sighting {
  /** Identifies the figure across tables, e.g. "一般公共预算" or "TOTAL|2080116". */
  key: string;
  fact: MoneyFact;
}

export interface FigureDefinition {
  /** Name of the figure in messages. */
  name: string;
  collect(index: DocumentIndex, doc: ParsedDocument): Sighting[];
}

/** 「一般公共预算拨款收入」, 「（一）一般公共预算拨款」 and a column 「一般公共预算」 all name one source. */
export function sourceName(text: string): string {
  return bareLabel(text).replace(/收入$/, '').replace(/拨款/g, '').replace(/结余$/, '');
}

/** Source key of a revenue column: ["本年收入","一般公共预算"] → 一般公共预算; ["上年结转结余","一般公共预算"] → 上年结转/一般公共预算. */
export function columnSourceKey(column: readonly string[]): string | null {
  const parts = column.filter((c) => !/^(小计|合计|总计|本年收入|其中[:：]?)$/.test(bareLabel(c))).map(sourceName);
  return parts.length === 0 ? null : parts.join('/');
}

const APPROPRIATIONS = new Set(['一般公共预算', '政府性基金预算', '国有资本经营预算']);
const SPLIT_KINDS: readonly MoneyKind[] = ['TOTAL', 'BASIC', 'PROJECT'];

function factsOf(index: DocumentIndex, role: TableRole): MoneyFact[] {
  return [...index.rowsByKey.values()].filter((r) => r.table.role === role).flatMap((r) => r.facts);
}

const codeKey = (fact: MoneyFact): string | null =>
  isTotalLabel(fact.rowLabel) ? '*' : fact.subjectScheme === 'FUNCTIONAL' ? fact.subjectCode : null;

/** Class (类) name → 3-digit functional code, from the document's coded rows and code list. */
function classCodes(index: DocumentIndex, doc: ParsedDocument): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of doc.codes) if (c.scheme === 'FUNCTIONAL' && c.code.length === 3) names.set(bareLabel(c.name), c.code);
  for (const r of index.rowsByKey.values()) {
    if (r.scheme === 'FUNCTIONAL' && r.code?.length === 3) names.set(bareLabel(r.label.replace(r.code, '')), r.code);
  }
  return names;
}

/** Expenditure rows of a summary table named by class (五、教育支出), keyed by class code. */
function classRows(index: DocumentIndex, doc: ParsedDocument, role: TableRole): Array<[string, MoneyFact]> {
  const names = classCodes(index, doc);
  const out: Array<[string, MoneyFact]> = [];
  for (const f of factsOf(index, role)) {
    if (f.direction !== 'EXPENDITURE' || isTotalLabel(f.rowLabel)) continue;
    const code = f.subjectCode ?? names.get(bareLabel(f.rowLabel));
    if (code !== undefined) out.push([code, f]);
  }
  return out;
}

/** True when no government-fund or state-capital money is spent, so 财政拨款 = 一般公共预算拨款. */
function onlyGeneralAppropriation(index: DocumentIndex): boolean {
  return [...factsOf(index, 'GOVERNMENT_FUND_EXPENDITURE'), ...factsOf(index, 'STATE_CAPITAL_EXPENDITURE')].every(
    (f) => toDecimal(f.amount)?.isZero() ?? true,
  );
}

export const FIGURE_DEFINITIONS: readonly FigureDefinition[] = [
  {
    name: 'Revenue by source',
    collect(index) {
      const out: Sighting[] = [];
      for (const role of ['REVENUE_EXPENDITURE_SUMMARY', 'FISCAL_SUMMARY'] as const) {
        for (const f of factsOf(index, role)) {
          if (f.direction !== 'REVENUE' || isTotalLabel(f.rowLabel)) continue;
          const name = sourceName(f.rowLabel);
          // 财政拨款收支预算总表 lists fiscal money only: compare its appropriation lines, not its carry-over.
          if (role === 'FISCAL_SUMMARY' && !APPROPRIATIONS.has(name)) continue;
          const carried = (f.sourceOfFunds ?? '').includes('结转') && !name.includes('结转');
          out.push({ key: carried ? `上年结转/${name}` : name, fact: f });
        }
      }
      for (const f of factsOf(index, 'REVENUE_SUMMARY')) {
        const key = isTotalLabel(f.rowLabel) ? columnSourceKey(f.column) : null;
        if (key !== null) out.push({ key, fact: f });
      }
      return out;
    },
  },
  {
    name: 'General public budget appropriation by functional code',
    collect(index, doc) {
      const out: Sighting[] = [];
      for (const f of factsOf(index, 'GENERAL_PUBLIC_EXPENDITURE')) {
        const code = codeKey(f);
        if (code !== null && SPLIT_KINDS.includes(kindOf(f))) out.push({ key: `${kindOf(f)}|${code}`, fact: f });
      }
      for (const f of factsOf(index, 'REVENUE_SUMMARY')) {
        const code = codeKey(f);
        if (code !== null && columnSourceKey(f.column) === '一般公共预算') out.push({ key: `TOTAL|${code}`, fact: f });
      }
      if (onlyGeneralAppropriation(index)) {
        for (const f of factsOf(index, 'EXPENDITURE_SUMMARY')) {
          const code = codeKey(f);
          const family = familyOf(f);
          if (code !== null && SPLIT_KINDS.includes(kindOf(f)) && family.includes('财政拨款') && !family.includes('非')) {
            out.push({ key: `${kindOf(f)}|${code}`, fact: f });
          }
        }
        for (const [code, f] of classRows(index, doc, 'FISCAL_SUMMARY')) out.push({ key: `TOTAL|${code}`, fact: f });
      }
      return out;
    },
  },
  {
    name: 'Expenditure of all sources by functional code',
    collect(index, doc) {
      const out: Sighting[] = [];
      for (const role of ['EXPENDITURE_SUMMARY', 'REVENUE_SUMMARY'] as const) {
        for (const f of factsOf(index, role)) {
          const code = codeKey(f);
          if (code !== null && isOverallColumn(f)) out.push({ key: code, fact: f });
        }
      }
      for (const [code, f] of classRows(index, doc, 'REVENUE_EXPENDITURE_SUMMARY')) out.push({ key: code, fact: f });
      return out;
    },
  },
  {
    name: 'Basic expenditure vs its economic classification',
    collect(index) {
      const out: Sighting[] = [];
      for (const f of factsOf(index, 'GENERAL_PUBLIC_EXPENDITURE')) {
        if (isTotalLabel(f.rowLabel) && ['BASIC', 'PERSONNEL', 'OPERATING'].includes(kindOf(f))) out.push({ key: kindOf(f), fact: f });
      }
      for (const f of factsOf(index, 'BASIC_ECONOMIC_CLASSIFICATION')) {
        if (!isTotalLabel(f.rowLabel)) continue;
        // The whole table is basic expenditure: its 合计 column is the basic total.
        const key = kindOf(f) === 'TOTAL' ? 'BASIC' : kindOf(f);
        if (['BASIC', 'PERSONNEL', 'OPERATING'].includes(key)) out.push({ key, fact: f });
      }
      return out;
    },
  },
];
