import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../../errors.js';

/** A plain decimal as the documents print it: optional minus, digits, optional fraction. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function parse(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : null;
  if (text === null || !DECIMAL.test(text)) {
    throw new BadUserInputError(`Decimal: ${JSON.stringify(value)} is not a decimal; send a string such as "17513.00".`);
  }
  return text;
}

/**
 * Exact decimal numbers (money in 万元, targets, percentages) as strings on the wire, never
 * floats: "17513.00" stays "17513.00" (the printed scale is kept). Input: a decimal string (or a
 * whole number literal); anything else is BAD_USER_INPUT. A plain (non-GraphQL) error, so that
 * graphql-js prefixes where the value was (the variable path, or the literal and its location);
 * formatError turns it into BAD_USER_INPUT.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "17513.00" (money in 万元 unless a unit field says otherwise). Never a float.',
  serialize: (value) => String(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parse(ast.value);
    throw new BadUserInputError(`Decimal: expected a decimal string such as "90", got a ${ast.kind} literal.`);
  },
});
