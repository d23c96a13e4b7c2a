import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execute, getNamedType, isLeafType, parse, print, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/api/build-schema.js';
import { createContext } from '../src/api/context.js';
import { LINK_FIELDS } from '../src/api/links/link-fields.js';
import { entityShape } from '../src/api/prefetch/selection-plan.js';
import type { GraphExecutor } from '../src/graph/executor.js';
import { ENTITIES, sourceOrderOf, type EntityName } from '../src/graph/query-builder/entities.js';
import { cypher } from '../src/graph/cypher-files.js';
import { createLogger } from '../src/log/logger.js';
import { testExecutor, wipe } from './helpers/graph.js';
import { loadSeedGraph } from './helpers/seed-graph.js';

/**
 * Nested selections fetched ahead in one statement (src/api/prefetch) must answer exactly what
 * the per-field DataLoader resolvers answer, field by field and in the same order, in fewer
 * round trips. Both ways run on the same seed graph and schema; only the context differs.
 */
const DIR = fileURLToPath(new URL('../docs/examples/', import.meta.url));
const examples = readdirSync(DIR).filter((f) => f.endsWith('.graphql')).sort();

/** Relationship fields of an entity type that return the related entity itself (the ones fetched ahead). */
function relationFields(type: GraphQLObjectType): string[] {
  const spec = ENTITIES[type.name as EntityName];
  return Object.values(type.getFields())
    .filter((f) => spec.relations[f.name] && entityShape(f.type)?.shape !== 'connection' && getNamedType(f.type).name === spec.relations[f.name]!.target)
    .map((f) => f.name);
}

const scalars = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
    .map((f) => f.name);

/** For each entity with a root list: its first 20 nodes, every relationship two levels down. */
function walkQueries(schema: GraphQLSchema): [string, string][] {
  const out: [string, string][] = [];
  for (const root of Object.values(schema.getQueryType()!.getFields())) {
    const found = entityShape(root.type);
    if (found?.shape !== 'connection') continue;
    const level2 = (t: GraphQLObjectType) => relationFields(t).map((f) => `${f} { key }`).join(' ');
    const fields = found.node.getFields();
    const level1 = relationFields(found.node)
      .map((f) => {
        const target = getNamedType(fields[f]!.type) as GraphQLObjectType;
        return `${f} { ${scalars(target).join(' ')} ${level2(target)} }`;
      })
      .concat(
        Object.entries(LINK_FIELDS)
          .filter(([name]) => name.startsWith(`${found.node.name}.`))
          .map(([name, link]) => {
            const linkType = getNamedType(fields[name.split('.')[1]!]!.type) as GraphQLObjectType;
            const nodeType = getNamedType(linkType.getFields()[link.nodeEnd]!.type) as GraphQLObjectType;
            return `${name.split('.')[1]} { ${scalars(linkType).join(' ')} ${link.nodeEnd} { ${scalars(nodeType).join(' ')} ${level2(nodeType)} } ${link.parentEnd} { key } }`;
          }),
      )
      .join('\n');
    out.push([found.node.name, `{ ${root.name}(first: 20) { totalCount edges { node { key ${level1} } } } }`]);
  }
  return out;
}

describe('nested selections fetched ahead in one statement', () => {
  let db: GraphExecutor;
  let schema: GraphQLSchema;
  const log = createLogger('silent');

  async function run(query: string, nestedFetch: boolean, variableValues?: Record<string, unknown>) {
    const before = db.roundTrips;
    const result = await execute({ schema, document: parse(query), variableValues, contextValue: createContext(db, log, { nestedFetch }) });
    expect(result.errors, query).toBeUndefined();
    return { data: JSON.parse(JSON.stringify(result.data)) as unknown, trips: db.roundTrips - before };
  }

  async function both(query: string, variables?: Record<string, unknown>) {
    const off = await run(query, false, variables);
    const on = await run(query, true, variables);
    expect(on.data, query).toEqual(off.data);
    expect(on.trips, query).toBeLessThanOrEqual(off.trips);
    return { on, off };
  }

  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    schema = await buildApiSchema();
  });
  afterAll(async () => {
    await wipe(db);
    await db.close();
  });

  it.each(examples)('docs/examples/%s answers the same both ways', async (file) => {
    const vars = `${DIR}${file.replace(/\.graphql$/, '.json')}`;
    await both(readFileSync(`${DIR}${file}`, 'utf8'), existsSync(vars) ? (JSON.parse(readFileSync(vars, 'utf8')) as Record<string, unknown>) : undefined);
  });

  it('answers every relationship field of every entity, two levels down, the same both ways', async () => {
    const queries = walkQueries(schema);
    expect(queries.length).toBeGreaterThanOrEqual(Object.keys(ENTITIES).length - 1);
    let related = 0;
    for (const [entity, query] of queries) {
      const { on, off } = await both(query);
      related += (JSON.stringify(on.data).match(/"key"/g) ?? []).length;
      // The page, its total and two levels of relationship fields in one statement, however many fields.
      expect(on.trips, entity).toBe(1);
      if (relationFields(schema.getType(entity) as GraphQLObjectType).length > 0) expect(off.trips, entity).toBeGreaterThan(2);
    }
    expect(related).toBeGreaterThan(1000); // the walk reaches real data, not empty lists
  });

  it('sorts related nodes on every source-order property their label carries (skipping one would change the order)', async () => {
    const carried = await db.read(cypher('testing/source-order-properties'));
    const labels = Object.entries(ENTITIES).map(([name, spec]) => [spec.label, name as EntityName] as const);
    expect(carried.length).toBeGreaterThanOrEqual(labels.length - 1); // the seeds reach (nearly) every label
    for (const { label, properties } of carried as { label: string; properties: string[] }[]) {
      const entity = labels.find(([l]) => l === label)?.[1];
      if (!entity) continue; // labels the API does not list
      for (const p of properties) expect(sourceOrderOf(entity), `${label}.${p}`).toContain(p);
    }
  });

  it('keeps aliases of one field apart: other filters, other selections, the same node twice', async () => {
    const query = `query($code: String!) {
      a: subjectCode(scheme: "FUNCTIONAL", code: $code) {
        general: facts(where: { tableRole: { equals: "GENERAL_PUBLIC_EXPENDITURE" } }) { amount column document { city } }
        all: facts { kind startLine }
        parent { code children { code facts { amount } } }
      }
      b: subjectCode(scheme: "FUNCTIONAL", code: $code) { facts { column tableRole } parent { name } }
    }`;
    const { on } = await both(query, { code: '2080116' });
    const data = on.data as { a: { general: { amount: string }[]; all: unknown[] }; b: { facts: { column: string }[] } };
    expect(data.a.general.length).toBeGreaterThan(0);
    expect(data.a.all.length).toBeGreaterThan(data.a.general.length);
    expect(data.b.facts).toHaveLength(data.a.all.length);
  });

  it('reads a nested node without its key, unless one of its fields resolves by key', async () => {
    // No field needs a key: the nodes are read with no properties at all (only __typename asked).
    const bare = await both(`{ subjectCode(scheme: "FUNCTIONAL", code: "2080116") { parent { __typename } facts { __typename document { __typename } } } }`);
    expect((bare.on.data as { subjectCode: { facts: unknown[] } }).subjectCode.facts.length).toBeGreaterThan(0);
    expect(bare.on.trips).toBe(1);
    // Unit.projects (two hops) resolves through its loader by the unit's key: the unit is read keyed.
    const { on } = await both(`{ documents(first: 10) { edges { node { unitListings { unit { name projects { name } } } } } } }`);
    const units = (on.data as { documents: { edges: { node: { unitListings: { unit: { projects: unknown[] } }[] } }[] } }).documents.edges.flatMap((e) => e.node.unitListings.map((l) => l.unit));
    expect(units.some((u) => u.projects.length > 0)).toBe(true);
  });

  it('plans a reused parsed query afresh for other variables (as Apollo reuses its parsed documents)', async () => {
    const document = parse(`query($role: String!) { subjectCode(scheme: "FUNCTIONAL", code: "2080116") { facts(where: { tableRole: { equals: $role } }) { tableRole } } }`);
    for (const role of ['GENERAL_PUBLIC_EXPENDITURE', 'EXPENDITURE_SUMMARY', 'GENERAL_PUBLIC_EXPENDITURE']) {
      const shared = await execute({ schema, document, variableValues: { role }, contextValue: createContext(db, log) });
      const fresh = await execute({ schema, document: parse(print(document)), variableValues: { role }, contextValue: createContext(db, log, { nestedFetch: false }) });
      expect(shared.errors).toBeUndefined();
      expect(JSON.parse(JSON.stringify(shared.data))).toEqual(JSON.parse(JSON.stringify(fresh.data)));
      const facts = (shared.data as { subjectCode: { facts: { tableRole: string }[] } }).subjectCode.facts;
      expect(facts.length, role).toBeGreaterThan(0);
      expect(facts.every((f) => f.tableRole === role)).toBe(true);
    }
  });

  it('hands a node on whole, without its own nested answers, as the end of a link', async () => {
    // unitListings.document is the listed document itself: its title was not selected at the top,
    // and its facts are asked for without the filter the top-level facts have.
    const query = `{ documents(first: 10) { edges { node { key
      facts(where: { tableRole: { equals: "GENERAL_PUBLIC_EXPENDITURE" } }) { amount }
      unitListings { staffCount document { title facts { kind } } unit { name listings { year document { city } } } }
      projectBudgets { name transfers { method projectBudget { name year facts: indicators { name } } transfer { amount } } } } } } }`;
    const { on } = await both(query);
    const docs = (on.data as { documents: { edges: { node: { facts: unknown[]; unitListings: { document: { title: string; facts: unknown[] } }[] } }[] } }).documents.edges;
    const listed = docs.filter((d) => d.node.unitListings.length > 0);
    expect(listed.length).toBeGreaterThan(0);
    for (const d of listed) {
      expect(d.node.unitListings[0]!.document.title).toBeTruthy();
      expect(d.node.unitListings[0]!.document.facts.length).toBeGreaterThan(d.node.facts.length);
    }
  });

  it('reads the deep subject-code example (code, 款, 类, each with filtered facts and their documents) in one statement', async () => {
    const query = readFileSync(`${DIR}02-subject-code-basic-project-rollup.graphql`, 'utf8');
    const { on, off } = await both(query, { code: '2080116', table: 'GENERAL_PUBLIC_EXPENDITURE' });
    expect(on.trips).toBe(1); // the code by key and everything below it
    expect(off.trips).toBeGreaterThanOrEqual(6);
  });

  it('reads link fields (FundsLink) and what lies below their nodes in the same statement', async () => {
    const query = `{ projectBudgets(first: 200) { edges { node { name transfers { inferred transfer { amount recipient { name } code { code } document { city } } } } } } }`;
    const { on } = await both(query);
    const links = (on.data as { projectBudgets: { edges: { node: { transfers: unknown[] } }[] } }).projectBudgets.edges.flatMap((e) => e.node.transfers);
    expect(links.length).toBeGreaterThan(1);
    expect(on.trips).toBe(1);
  });
});
