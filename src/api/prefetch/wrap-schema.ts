import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { LINK_FIELDS } from '../links/link-fields.js';
import { prefetched } from './nested-fetch.js';
import { entityShape } from './selection-plan.js';

/**
 * Wraps, once at start-up, every field that returns entity nodes (a node, a list, a connection)
 * and every link field: a value already fetched ahead by the parent's statement is returned as
 * is; otherwise the field's own resolver runs and, for entity nodes, what the query selects below
 * them is fetched in one statement (NestedFetch). Resolvers themselves stay the plain per-field
 * DataLoader code: it is what runs when a selection cannot be fetched ahead, and what tests
 * compare the fetched-ahead answers to.
 */
export function withNestedFetch(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      if (entityShape(field.type)) {
        // Synchronous when fetched ahead: no promise per field of every row of a long list.
        field.resolve = (parent, args, ctx: Context, info) => {
          const ahead = prefetched(parent, info);
          if (ahead) return ahead.value;
          return Promise.resolve(resolve(parent, args, ctx, info)).then((value) => ctx.nested.attach(value, info));
        };
      } else if (LINK_FIELDS[`${type.name}.${field.name}`]) {
        field.resolve = (parent, args, ctx: Context, info) => prefetched(parent, info)?.value ?? resolve(parent, args, ctx, info);
      }
    }
  }
  return schema;
}
