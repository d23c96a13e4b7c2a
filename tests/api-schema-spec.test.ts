import { isEnumType, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import { ENTITIES, type EntityName } from '../src/graph/query-builder/entities.js';

// The GraphQL inputs and the graph layer's entity specs must name the same fields: a where field
// the builder does not know would fail at request time, a spec field without input is unreachable.
describe('where and orderBy inputs match the graph entity specs', async () => {
  const schema = await buildApiSchema();
  const FILTER: Record<string, string> = { STRING: 'StringFilter', INT: 'IntFilter', DECIMAL: 'DecimalFilter', BOOLEAN: 'BooleanFilter' };
  for (const entity of Object.keys(ENTITIES) as EntityName[]) {
    it(`${entity}`, () => {
      const spec = ENTITIES[entity];
      const where = schema.getType(`${entity}Where`);
      const sort = schema.getType(`${entity}SortField`);
      expect(isInputObjectType(where) && isEnumType(sort)).toBe(true);
      if (!isInputObjectType(where) || !isEnumType(sort)) return;
      const expected = [
        ...Object.keys(spec.fields),
        ...Object.keys(spec.relations).flatMap((r) => [`${r}Some`, `${r}None`]),
        'AND',
        'OR',
        'NOT',
      ].sort();
      expect(Object.keys(where.getFields()).sort()).toEqual(expected);
      for (const [name, field] of Object.entries(spec.fields)) expect(String(where.getFields()[name]?.type)).toBe(FILTER[field.kind]);
      for (const [name, rel] of Object.entries(spec.relations)) expect(String(where.getFields()[`${name}Some`]?.type)).toBe(`${rel.target}Where`);
      expect(sort.getValues().map((v) => v.value as string).sort()).toEqual(Object.keys(spec.fields).sort());
    });
  }
});
