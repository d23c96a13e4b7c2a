import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** An exact decimal as the documents print it: digits, an optional sign and fraction. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function parse(value: unknown): string {
  if (typeof value === 'string' && DECIMAL.test(value)) return value;
  throw new GraphQLError(`Decimal must be a string of digits with an optional sign and fraction (e.g. "194877.56"), got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Exact money and targets: a decimal string on the wire (never a binary float). Money is in 万元
 * (10,000 CNY) unless the field says otherwise.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "194877.56" (money in 万元 unless stated otherwise).',
  serialize(value: unknown): string {
    if (typeof value === 'string' && DECIMAL.test(value)) return value;
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    throw new GraphQLError(`Not a decimal value: ${JSON.stringify(value)}.`);
  },
  parseValue: parse,
  parseLiteral(ast): string {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal literals are strings, e.g. "194877.56".', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});
