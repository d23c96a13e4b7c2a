import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLObjectType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
    isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** One place a user string reaches the API: a root field and the argument literal holding `$s`. */
export interface StringSite {
  field: string;
  /** e.g. `where: { name: { equals: $s } }`, with `$s` where the string goes. */
  args: string;
  /** Selection set for the field's result ('' for a leaf). */
  selection: string;
  label: string;
}

const isStringScalar = (t: GraphQLInputType) => {
  const n = getNamedType(t);
  return isScalarType(n) && (n.name === 'String' || n.name === 'ID');
};

/** A harmless value for a required argument or input field that is not text. */
function defaultLiteral(t: GraphQLInputType): string {
  const inner = getNullableType(t);
  if (inner instanceof GraphQLList) return `[${defaultLiteral(inner.ofType as GraphQLInputType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) return `{ ${requiredFields(inner, new Set())} }`;
  switch (inner.name) {
    case 'Int':
      return '2024';
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'Decimal':
      return '"1"';
    default:
      return '"x"';
  }
}

function requiredFields(t: GraphQLInputObjectType, skip: Set<string>): string {
  return Object.values(t.getFields())
    .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined && !skip.has(f.name))
    .map((f) => `${f.name}: ${defaultLiteral(f.type)}`)
    .join(', ');
}

/** The text value for a String (or [String]) position. */
const stringValue = (t: GraphQLInputType) => (isListType(getNullableType(t)) ? '[$s]' : '$s');
const STRING_FILTER = '{ equals: $s, contains: $s, startsWith: $s, in: [$s] }';

/**
 * Every input path to a text value inside an input object, as literals: plain String fields,
 * every StringFilter, and (down to `depth` levels) the same inside nested input objects such as
 * relation filters. AND/OR/NOT and other repeats of a type already on the path are not re-entered.
 */
function inputSites(t: GraphQLInputObjectType, depth: number, onPath: Set<string>): { path: string; literal: string }[] {
  const out: { path: string; literal: string }[] = [];
  for (const f of Object.values(t.getFields())) {
    const named = getNamedType(f.type);
    const wrap = (inner: string) => {
      const req = requiredFields(t, new Set([f.name]));
      const v = isListType(getNullableType(f.type)) ? `[${inner}]` : inner;
      return `{ ${f.name}: ${v}${req ? `, ${req}` : ''} }`;
    };
    if (isStringScalar(f.type)) out.push({ path: f.name, literal: wrap(stringValue(f.type).replace('[$s]', '$s')) });
    else if (named.name === 'StringFilter') out.push({ path: f.name, literal: wrap(STRING_FILTER) });
    else if (isInputObjectType(named) && depth > 0 && !onPath.has(named.name)) {
      // One text position per nested filter: its type's own fields are all covered at the root.
      for (const s of inputSites(named, depth - 1, new Set(onPath).add(named.name)).slice(0, 1)) out.push({ path: `${f.name}.${s.path}`, literal: wrap(s.literal) });
    }
  }
  return out;
}

/** Leaf fields (no required arguments) of the result; of a connection, its count and cursors. */
function selectionOf(t: GraphQLOutputType): string {
  const named = getNamedType(t);
  if (isLeafType(named) || !(named instanceof GraphQLObjectType)) return '';
  if (named.name.endsWith('Connection')) return '{ totalCount edges { cursor } }';
  const leaves = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
  return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
}

/** Every String/ID argument of every root query field, and every text position in their input objects. */
export function stringSites(schema: GraphQLSchema, depth = 1): StringSite[] {
  const out: StringSite[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const required = (except: GraphQLArgument) =>
      [...page, ...field.args.filter((a) => a !== except && a.name !== 'first' && isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${defaultLiteral(a.type)}`)];
    const selection = selectionOf(field.type);
    // Small pages: the point is where the text goes, not how much comes back.
    const page = field.args.some((a) => a.name === 'first') ? ['first: 3'] : [];
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (isStringScalar(arg.type)) {
        out.push({ field: field.name, args: [...required(arg), `${arg.name}: ${stringValue(arg.type)}`].join(', '), selection, label: `${field.name}(${arg.name})` });
      } else if (isInputObjectType(named)) {
        for (const s of inputSites(named, depth, new Set([named.name]))) {
          const v = isListType(getNullableType(arg.type)) ? `[${s.literal}]` : s.literal;
          out.push({ field: field.name, args: [...required(arg), `${arg.name}: ${v}`].join(', '), selection, label: `${field.name}(${arg.name}.${s.path})` });
        }
      }
    }
  }
  return out;
}
