import { BadUserInputError } from '../../errors.js';
import { scaledDecimal, scaledParam } from './decimal-cypher.js';
import type { FieldSpec } from './entity-spec.js';
import type { ParamBag } from './param-bag.js';
import type { ScalarFilterInput } from './where-input.js';

const COMPARISON = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
const ALLOWED: Record<FieldSpec['kind'], ReadonlySet<string>> = {
  STRING: new Set(['equals', 'in', 'contains', 'startsWith']),
  INT: new Set(['equals', 'in', 'gt', 'gte', 'lt', 'lte']),
  DECIMAL: new Set(['equals', 'in', 'gt', 'gte', 'lt', 'lte']),
  BOOLEAN: new Set(['equals']),
};

/**
 * The condition of one scalar filter on `alias.property`: its operators ANDed. Decimal fields
 * compare as exact integers in millionths (decimal-cypher.ts). `argument` names the filter in
 * error messages (e.g. where.budgetsSome.totalFunds).
 */
export function buildFilter(alias: string, field: FieldSpec, filter: ScalarFilterInput, bag: ParamBag, argument: string): string[] {
  const prop = `${alias}.\`${field.property}\``;
  const isDecimal = field.kind === 'DECIMAL';
  const lhs = isDecimal ? scaledDecimal(prop) : prop;
  const value = (v: unknown, op: string) => {
    if (!isDecimal) return bag.add(v);
    return `toInteger(${bag.add(scaledParam(String(v), `${argument}.${op}`))})`;
  };
  const parts: string[] = [];
  for (const [op, v] of Object.entries(filter)) {
    if (v === undefined || v === null) continue;
    if (!ALLOWED[field.kind].has(op)) throw new Error(`filter operator ${op} does not apply to ${field.kind} field ${argument}`);
    if (op === 'equals') parts.push(`${lhs} = ${value(v, op)}`);
    else if (op === 'in') {
      if (!Array.isArray(v)) throw new BadUserInputError(`${argument}.in: expected a list.`);
      if (isDecimal) parts.push(`${lhs} IN [x IN ${bag.add(v.map((x, i) => scaledParam(String(x), `${argument}.in[${i}]`)))} | toInteger(x)]`);
      else parts.push(`${lhs} IN ${bag.add(v)}`);
    } else if (op === 'contains') parts.push(`${prop} CONTAINS ${bag.add(v)}`);
    else if (op === 'startsWith') parts.push(`${prop} STARTS WITH ${bag.add(v)}`);
    else if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') parts.push(`${lhs} ${COMPARISON[op]} ${value(v, op)}`);
  }
  return parts;
}
