/**
 * UNIT_CONVERSION: a figure printed in 亿元 agrees with the same figure printed in 万元 elsewhere.
 * - The parser's conversion: amount (万元) = amountRaw (亿元) × 10000, exactly.
 * - The counterpart: a 万元 cell of another table with the same subject code and kind, or, for an
 *   uncoded figure (a fund's 收入预算金额(亿元)), the revenue/expenditure total of a summary or fund
 *   table in the same direction. A 亿元 figure printed to d decimals is rounded to
 *   0.5 × 10^(4−d) 万元 (33.83 亿元 stands for 338,250–338,350 万元): a counterpart within that agrees.
 */
import type { MoneyFact, ParsedDocument, TableRole, ValidationIssue } from '../records/types.js';
import { kindOf } from './column-families.js';
import { buildIssue, cellName, compare } from './issue-builder.js';
import { Decimal, printedDecimals, toDecimal } from './money.js';
import { sideTotal } from './table-totals.js';
import type { DocumentIndex } from './table-rows.js';

/** 亿元 → 万元. */
const WAN_PER_YI = new Decimal(10000);
const TOTAL_TABLES: ReadonlySet<TableRole> = new Set(['FUND_INCOME_EXPENSE', 'REVENUE_EXPENDITURE_SUMMARY']);

const isYi = (fact: MoneyFact): boolean => fact.unitRaw.includes('亿');

export function checkUnitConversions(index: DocumentIndex, doc: ParsedDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const fact of doc.facts.filter(isYi)) {
    const amount = toDecimal(fact.amount);
    const printed = toDecimal(fact.amountRaw);
    if (amount === null || printed === null) continue;
    const converted = compare({
      rule: 'UNIT_CONVERSION',
      subject: `${cellName(fact)}: amount in 万元 vs the printed ${fact.amountRaw} ${fact.unitRaw} × 10000`,
      expected: printed.times(WAN_PER_YI),
      actual: amount,
      facts: [fact],
      table: fact.table,
    });
    if (converted !== null) issues.push(converted);

    const counterparts = counterpartsOf(fact, index, doc);
    const halfUnit = new Decimal(5).times(new Decimal(10).pow(3 - printedDecimals(fact.amountRaw)));
    const closest = counterparts
      .map((c) => ({ ...c, difference: printed.times(WAN_PER_YI).minus(c.value) }))
      .sort((a, b) => a.difference.abs().comparedTo(b.difference.abs()))[0];
    if (closest === undefined || closest.difference.abs().lessThanOrEqualTo(halfUnit)) continue;
    issues.push(
      buildIssue(
        {
          rule: 'UNIT_CONVERSION',
          subject:
            `${cellName(fact)} (${fact.amountRaw} ${fact.unitRaw}, rounded to ±${halfUnit.toFixed()} 万元) vs ` +
            `${closest.name}`,
          expected: closest.value,
          actual: printed.times(WAN_PER_YI),
          facts: [fact, ...closest.facts],
          table: fact.table,
        },
        closest.difference,
      ),
    );
  }
  return issues;
}

interface Counterpart {
  name: string;
  value: Decimal;
  facts: MoneyFact[];
}

function counterpartsOf(fact: MoneyFact, index: DocumentIndex, doc: ParsedDocument): Counterpart[] {
  const others = (f: MoneyFact): boolean => !isYi(f) && f.table.index !== fact.table.index && f.direction === fact.direction;
  if (fact.subjectCode !== null) {
    return doc.facts
      .filter((f) => others(f) && f.subjectCode === fact.subjectCode && kindOf(f) === kindOf(fact))
      .flatMap((f) => {
        const value = toDecimal(f.amount);
        return value === null ? [] : [{ name: cellName(f), value, facts: [f] }];
      });
  }
  const out: Counterpart[] = [];
  for (const group of index.groups) {
    if (!TOTAL_TABLES.has(group.table.role) || group.direction !== fact.direction || group.unitRaw.includes('亿')) continue;
    const total = sideTotal(index, group);
    if (total === null) continue;
    const name = total.statedLabel ?? `the ${group.direction.toLowerCase()} total`;
    out.push({ name: `「${name}」 [${group.column.join(' / ')}] in 《${group.table.title}》`, value: total.value, facts: total.facts });
  }
  return out;
}
