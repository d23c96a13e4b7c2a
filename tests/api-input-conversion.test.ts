/**
 * patches/type-graphql+*.patch (patches/README.md): type-graphql turns a resolver's input argument
 * (a `where`) into instances of its input classes on every request, and worked out each input
 * type's fields again on every conversion, searching the metadata of every input type per field.
 * The patch works them out once per type. These tests check that a filter still converts to the
 * same instances, and that a repeated conversion no longer searches the metadata (fails when
 * `npm ci` did not apply the patch, or a new type-graphql changed the code it patches).
 */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import { StringFilter } from '../src/api/common/filters/string-filter.input.js';
import { DocumentWhere } from '../src/api/document/document.inputs.js';
import { ProjectBudgetWhere } from '../src/api/project-budget/project-budget.inputs.js';

type Convert = (arg: { name: string; getType: () => unknown }, args: Record<string, unknown>) => unknown;

// The module the app's own `import 'type-graphql'` loads (its ESM build), reached past the
// package's exports map, as tests/graph-roundtrip.test.ts reaches the driver's dechunker.
const esmBuild = path.join(path.dirname(createRequire(import.meta.url).resolve('type-graphql')), '..', 'esm');
let convertArgToInstance: Convert;

beforeAll(async () => {
  await buildApiSchema();
  ({ convertArgToInstance } = (await import(pathToFileURL(path.join(esmBuild, 'resolvers', 'convert-args.js')).href)) as { convertArgToInstance: Convert });
});

const whereArg = { name: 'where', getType: () => ProjectBudgetWhere };
const args = { where: { name: { contains: '人才' }, AND: [{ documentSome: { city: { equals: '福州市' } } }, { year: { gte: 2024 } }] } };

describe('input arguments of the API (type-graphql, patched)', () => {
  it('convert a nested filter into its input classes, values unchanged', () => {
    const where = convertArgToInstance(whereArg, args) as ProjectBudgetWhere & { AND: ProjectBudgetWhere[] };
    expect(where).toBeInstanceOf(ProjectBudgetWhere);
    expect(where.name).toBeInstanceOf(StringFilter);
    expect(where.AND[0]).toBeInstanceOf(ProjectBudgetWhere);
    expect(where.AND[0]!.documentSome).toBeInstanceOf(DocumentWhere);
    expect(where.AND[0]!.documentSome!.city).toBeInstanceOf(StringFilter);
    expect(JSON.parse(JSON.stringify(where))).toEqual(args.where);
  });

  it('convert again without searching the input types once more', () => {
    convertArgToInstance(whereArg, args); // the first conversion of this shape works the fields out
    const inputTypes = getMetadataStorage().inputTypes;
    let searches = 0;
    const find = inputTypes.find;
    inputTypes.find = function (this: typeof inputTypes, ...a: Parameters<typeof find>) {
      searches++;
      return find.apply(this, a);
    } as typeof find;
    try {
      convertArgToInstance(whereArg, args);
    } finally {
      delete (inputTypes as { find?: unknown }).find;
    }
    expect(inputTypes.find).toBe(find);
    expect(searches).toBe(0);
  });
});
