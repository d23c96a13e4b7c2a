import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';

export class VariableParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** A query-string value as the variable's GraphQL type wants it; graphql-js then validates it. */
function convert(raw: string, type: TypeNode, parameter: string): Json {
  if (type.kind === Kind.NON_NULL_TYPE) return convert(raw, type.type, parameter);
  if (type.kind === Kind.LIST_TYPE) return raw === '' ? [] : raw.split(',').map((x) => convert(x.trim(), type.type, parameter));
  const name = type.name.value;
  if (name === 'Int' || name === 'Float') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  if (name === 'Boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (raw.startsWith('{')) {
    try {
      return JSON.parse(raw) as Json; // input objects: pass JSON
    } catch {
      throw new VariableParamError(parameter, `Query parameter ${parameter} is not valid JSON.`);
    }
  }
  return raw;
}

/**
 * The operation's variables from query parameters of the same names. Lists: comma-separated or
 * the parameter repeated; input objects: JSON. A parameter the operation does not declare is an error.
 */
export function variablesFromQuery(op: OperationDefinitionNode, query: Record<string, unknown>, reserved: string[]): Record<string, Json> {
  const defs = new Map((op.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.type]));
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(query)) {
    if (reserved.includes(key)) continue;
    const type = defs.get(key);
    if (!type) throw new VariableParamError(key, `Unknown query parameter: ${key} (the query declares ${[...defs.keys()].map((k) => `$${k}`).join(', ') || 'no variables'}).`);
    const values = (Array.isArray(value) ? value : [value]).map(String);
    const isList = (type.kind === Kind.NON_NULL_TYPE ? type.type : type).kind === Kind.LIST_TYPE;
    out[key] = isList && values.length > 1 ? values.flatMap((v) => convert(v, type, key) as Json[]) : convert(values.at(-1) ?? '', type, key);
  }
  return out;
}
