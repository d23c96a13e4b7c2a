/**
 * BASIC_PLUS_PROJECT: the identities inside one row of one table.
 * - total = basic + project (+ the other spending columns of a 支出预算总表: 事业单位经营支出 …);
 * - basic = personnel + operating; in a basic-only table (经济分类 基本支出) total = personnel + operating;
 * - 三公: total = overseas travel + reception + vehicles, vehicles = purchase + running;
 * - the source split: the row's overall 合计 = Σ per source (财政拨款 小计 + 非财政拨款 小计, or each
 *   revenue source column), and a source's 小计 = Σ its own columns.
 * Identities apply per "family" of columns (one source of funds: 财政拨款 / 非财政拨款 / none), and
 * only where the table has every column the identity needs; an empty cell in such a column is zero.
 */
import type { MoneyFact, MoneyKind, ValidationIssue } from '../records/types.js';
import { familyOf, isOverallColumn, isSubtotalColumn, kindOf } from './column-families.js';
import { sumFacts } from './group-sums.js';
import { cellName, compare } from './issue-builder.js';
import { toDecimal } from './money.js';
import type { DocumentIndex, TableRow } from './table-rows.js';

interface RowIdentity {
  whole: MoneyKind;
  parts: readonly MoneyKind[];
  /** Column kinds the table family must have for the identity to apply (all of them, or any with `anyRequired`). */
  requires: readonly MoneyKind[];
  /** A family whose basic (or project) column is empty in every row still splits total into basic + project. */
  anyRequired?: boolean;
  /** Column kinds whose presence means the identity does not apply. */
  excludes?: readonly MoneyKind[];
}

const ROW_IDENTITIES: readonly RowIdentity[] = [
  { whole: 'TOTAL', parts: ['BASIC', 'PROJECT', 'OTHER'], requires: ['BASIC', 'PROJECT'], anyRequired: true },
  { whole: 'BASIC', parts: ['PERSONNEL', 'OPERATING'], requires: ['PERSONNEL', 'OPERATING'] },
  { whole: 'TOTAL', parts: ['PERSONNEL', 'OPERATING'], requires: ['PERSONNEL', 'OPERATING'], excludes: ['BASIC', 'PROJECT'] },
  {
    whole: 'TOTAL',
    parts: ['OVERSEAS_TRAVEL', 'RECEPTION', 'VEHICLES'],
    requires: ['OVERSEAS_TRAVEL', 'RECEPTION', 'VEHICLES'],
  },
  { whole: 'VEHICLES', parts: ['VEHICLE_PURCHASE', 'VEHICLE_RUNNING'], requires: ['VEHICLE_PURCHASE', 'VEHICLE_RUNNING'] },
];

export function checkBasicPlusProject(index: DocumentIndex): ValidationIssue[] {
  // Kinds held by a column of their own; a kind-per-row column (the one-column 三公 table) holds its
  // identities between rows, which TOTAL_EQUALS_ROWS and PARENT_EQUALS_CHILDREN check.
  const familyKinds = new Set<string>();
  for (const group of index.groups) {
    const sample = group.cells.values().next().value;
    const [kind, ...more] = [...group.kinds];
    if (sample !== undefined && kind !== undefined && more.length === 0) {
      familyKinds.add(`${group.table.index}|${group.direction}|${familyOf(sample)}|${kind}`);
    }
  }
  const issues: ValidationIssue[] = [];
  for (const row of index.rowsByKey.values()) {
    for (const family of new Set(row.facts.map(familyOf))) {
      const has = (kind: MoneyKind): boolean =>
        familyKinds.has(`${row.table.index}|${row.direction}|${family}|${kind}`);
      const facts = row.facts.filter((f) => familyOf(f) === family);
      for (const identity of ROW_IDENTITIES) {
        const required = identity.anyRequired === true ? identity.requires.some(has) : identity.requires.every(has);
        if (!required || (identity.excludes ?? []).some(has)) continue;
        const issue = checkIdentity(row, facts, identity);
        if (issue !== null) issues.push(issue);
      }
    }
    issues.push(...checkSourceSplit(row));
  }
  return issues;
}

function pickWhole(facts: readonly MoneyFact[], kind: MoneyKind): MoneyFact | null {
  const candidates = facts.filter((f) => kindOf(f) === kind);
  if (candidates.length === 1) return candidates[0] ?? null;
  return candidates.find((f) => isSubtotalColumn(f)) ?? null;
}

function checkIdentity(row: TableRow, facts: readonly MoneyFact[], identity: RowIdentity): ValidationIssue | null {
  const whole = pickWhole(facts, identity.whole);
  const actual = whole === null ? null : toDecimal(whole.amount);
  if (whole === null || actual === null) return null;
  const parts = sumFacts(facts.filter((f) => f !== whole && identity.parts.includes(kindOf(f))));
  return compare({
    rule: 'BASIC_PLUS_PROJECT',
    subject: `${cellName(whole)} vs ${identity.parts.map((k) => k.toLowerCase()).join(' + ')} of the same row`,
    expected: parts.value,
    actual,
    facts: [whole, ...parts.facts],
    table: row.table,
  });
}

/** Overall 合计 = Σ per top header (its 小计 where printed); each 小计 = Σ its sibling columns. */
function checkSourceSplit(row: TableRow): ValidationIssue[] {
  const overall = row.facts.find(isOverallColumn);
  const parts = row.facts.filter((f) => f !== overall && (kindOf(f) === 'TOTAL' || (kindOf(f) === 'OTHER' && f.sourceOfFunds !== null)));
  if (parts.length === 0) return [];
  const byHeader = new Map<string, MoneyFact[]>();
  for (const fact of parts) {
    const header = fact.column[0] ?? '';
    byHeader.set(header, [...(byHeader.get(header) ?? []), fact]);
  }
  const issues: ValidationIssue[] = [];
  const headerTotals: MoneyFact[] = [];
  for (const facts of byHeader.values()) {
    const subtotal = facts.length > 1 ? facts.find((f) => isSubtotalColumn(f)) : undefined;
    if (subtotal === undefined) {
      headerTotals.push(...facts);
      continue;
    }
    headerTotals.push(subtotal);
    const actual = toDecimal(subtotal.amount);
    const leaves = sumFacts(facts.filter((f) => f !== subtotal));
    const issue = actual === null ? null : compare({
      rule: 'BASIC_PLUS_PROJECT',
      subject: `${cellName(subtotal)} vs the sum of its ${facts.length - 1} sibling columns`,
      expected: leaves.value,
      actual,
      facts: [subtotal, ...leaves.facts],
      table: row.table,
    });
    if (issue !== null) issues.push(issue);
  }
  const actual = overall === undefined ? null : toDecimal(overall.amount);
  if (overall !== undefined && actual !== null) {
    const sum = sumFacts(headerTotals);
    const issue = compare({
      rule: 'BASIC_PLUS_PROJECT',
      subject: `${cellName(overall)} vs the sum of the row's per-source columns (${headerTotals.map((f) => f.column.join('/')).join(' + ')})`,
      expected: sum.value,
      actual,
      facts: [overall, ...sum.facts],
      table: row.table,
    });
    if (issue !== null) issues.push(issue);
  }
  return issues;
}
