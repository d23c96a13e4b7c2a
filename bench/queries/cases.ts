/**
 * The analyst questions of the query benchmark, each asked three ways: (a) budget-graph's GraphQL
 * API, (b) hand-written Cypher (cypher/bench/*.cypher, the floor), (c) @neo4j/graphql over the same
 * database (for what the library cannot generate, an @cypher field running the floor's statement).
 * Each way's answer is reshaped to the same rows (`fromA`, `fromB`, `fromC`) so the three can be
 * checked equal before any timing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Decimal, formatDecimal } from '../../loaders/validate/money.js';
import { projectRoot } from '../../src/config/paths.js';
import { DEFAULT_ROLE_ORDER } from '../../src/graph/analytics/vocabulary.js';

type Json = Record<string, unknown>;
type Rows = unknown[];

export interface BenchCase {
  name: string;
  question: string;
  a: { query: string; variables: Json; rows: (data: Json) => Rows };
  b: { statement: string; params: Json; rows?: (rows: Json[]) => Rows };
  /** `viaCypher`: why the library cannot generate this one, so (c) asks an @cypher field instead. */
  c: { query: string; variables: Json; rows: (data: Json) => Rows; viaCypher?: string };
}

/**
 * A docs/examples query as the bench asks it: without `totalCount`, which neither the hand-written
 * Cypher nor the library's query computes (budget-graph counts a list only when it is asked for).
 */
const example = (file: string) => fs.readFileSync(path.join(projectRoot, 'docs', 'examples', file), 'utf8').replace(/^\s*totalCount\n/m, '');
/** A list relationship of at most one node, as the library returns it, as budget-graph's object. */
const one = (xs: unknown) => (Array.isArray(xs) ? (xs[0] ?? null) : xs);
const edges = (conn: unknown) => ((conn as { edges: { node: Json }[] }).edges ?? []).map((e) => e.node);
const rowsOf = (rows: Json[]) => rows.map((r) => r.row);
/** Integer millionths of 万元 (the floor's exact sums) as 万元, exactly (decimal.js). */
const fromMicro = (micro: unknown): string => formatDecimal(new Decimal(String(micro)).div(1_000_000));
/** The same amount however it is printed ("17513.00", "17513", "17513.0" compare equal). */
const dec = (x: unknown) => (x == null ? null : formatDecimal(new Decimal(String(x))));

/** A row of the floor's statement with its exact sum (totalMicro) as the decimal field `field`. */
const fromMicroRow =
  (field: string) =>
  ({ totalMicro, ...x }: Json): Json => ({ ...x, [field]: fromMicro(totalMicro) });
/** The floor's rows, each through fromMicroRow. */
const microRows = (field: string) => (rows: Json[]) => (rowsOf(rows) as Json[]).map(fromMicroRow(field));

const FACT_FIELDS = 'document { city year } kind column amount unit isSubtotal sourceOfFunds startLine';
const SEED_CITY = '福州市';
const XIAMEN = '厦门市';
/** compareSubjectCode's choice of table per document: the first of these roles it has facts in. */
const ROLE_ORDER = DEFAULT_ROLE_ORDER.EXPENDITURE;

export function benchCases(compareCities: string[]): BenchCase[] {
  return [
    {
      name: '01 district-transfer-projects',
      question: 'Project budgets of a city funded by transfers to districts, with recipients, transfers, codes, indicators',
      a: {
        // docs/examples/01 with the city as a condition, so the answer is whole (under `first`).
        query: example('01-district-transfer-projects.graphql').replace('    where: {\n      OR: [', '    where: {\n      documentSome: { city: { equals: $city } }\n      OR: [').replace('query DistrictTransferProjects {', 'query DistrictTransferProjects($city: String!) {'),
        variables: { city: XIAMEN },
        rows: (d) => edges(d.projectBudgets),
      },
      b: { statement: 'bench/district-transfer-projects', params: { city: XIAMEN, levels: ['DISTRICT', 'DISTRICTS'] } },
      c: {
        query: `query($city: String!) {
  projectBudgets(limit: 100, where: { document: { some: { city: { eq: $city } } }, OR: [
    { transfers: { some: { recipient: { some: { level: { in: ["DISTRICT", "DISTRICTS"] } } } } } }
    { recipients: { some: { level: { in: ["DISTRICT", "DISTRICTS"] } } } }
  ] }) {
    name year totalFunds fiscalFunds unit isTransfer
    document { city title }
    recipients { name level }
    transfersConnection { edges { properties { inferred method } node { amount unit recipientName recipient { name level } sourceBudget transferType code { code name } } } }
    indicators { level1 level2 name operator target unitOfMeasure }
  }
}`,
        variables: { city: XIAMEN },
        rows: (d) =>
          (d.projectBudgets as Json[]).map(({ transfersConnection, document, ...b }) => ({
            ...b,
            document: one(document),
            transfers: (transfersConnection as { edges: { properties: Json; node: Json }[] }).edges.map((e) => ({
              ...e.properties,
              transfer: { ...e.node, recipient: one(e.node.recipient), code: one(e.node.code) },
            })),
          })),
      },
    },
    {
      name: '02 subject-code-split (deep)',
      question: 'A code, its 款 and 类, each with its facts of one table in every document',
      a: { query: example('02-subject-code-basic-project-rollup.graphql'), variables: { code: '2080116', table: 'GENERAL_PUBLIC_EXPENDITURE' }, rows: (d) => [d.subjectCode] },
      b: { statement: 'bench/subject-code-split', params: { code: '2080116', table: 'GENERAL_PUBLIC_EXPENDITURE' } },
      c: {
        query: `query($key: String!, $table: String!) {
  subjectCodes(where: { key: { eq: $key } }) {
    code name level facts(where: { tableRole: { eq: $table } }) { ${FACT_FIELDS} }
    parent { code name level facts(where: { tableRole: { eq: $table } }) { ${FACT_FIELDS} }
      parent { code name level facts(where: { tableRole: { eq: $table } }) { ${FACT_FIELDS} } } }
  }
}`,
        variables: { key: 'FUNCTIONAL|2080116', table: 'GENERAL_PUBLIC_EXPENDITURE' },
        rows: (d) => {
          const code = (c: Json | null): Json | null =>
            c && { ...c, facts: (c.facts as Json[]).map((f) => ({ ...f, document: one(f.document) })), ...(c.parent !== undefined ? { parent: code(one(c.parent) as Json | null) } : {}) };
          return (d.subjectCodes as Json[]).map(code);
        },
      },
    },
    {
      name: '03 fund-year-over-year',
      question: "A city's fund budgets: the prose figures against last year, and the targets",
      a: {
        query: example('03-fund-budget-year-over-year.graphql').replace('city: { equals: "福州市" }', 'city: { equals: $city }').replace('query FundYearOverYear {', 'query FundYearOverYear($city: String!) {'),
        variables: { city: SEED_CITY },
        rows: (d) => edges(d.documents),
      },
      b: { statement: 'bench/fund-year-over-year', params: { kind: 'FUND_BUDGET', city: SEED_CITY } },
      c: {
        query: `query($city: String!) {
  documents(where: { kind: { eq: "FUND_BUDGET" }, city: { eq: $city } }) {
    title year
    statedFigures { subject amount previousAmount change changePercent unit startLine raw }
    indicators { level1 level2 name operator target unitOfMeasure targetRaw year }
  }
}`,
        variables: { city: SEED_CITY },
        rows: (d) => d.documents as Rows,
      },
    },
    {
      name: '04 name-search',
      question: 'Project budgets and units of a city whose names contain 人才',
      a: {
        query: `query($city: String!, $text: String!) {
  projectBudgets(first: 200, where: { name: { contains: $text }, documentSome: { city: { equals: $city } } }) { edges { node { name year fiscalFunds document { city } } } }
  units(first: 100, where: { AND: [{ name: { contains: $city } }, { name: { contains: $text } }] }) { edges { node { name department { name } } } }
}`,
        variables: { city: SEED_CITY, text: '人才' },
        rows: (d) => [{ projectBudgets: edges(d.projectBudgets), units: edges(d.units) }],
      },
      b: { statement: 'bench/name-search', params: { city: SEED_CITY, text: '人才' } },
      c: {
        query: `query($city: String!, $text: String!) {
  projectBudgets(limit: 200, where: { name: { contains: $text }, document: { some: { city: { eq: $city } } } }) { name year fiscalFunds document { city } }
  units(limit: 100, where: { AND: [{ name: { contains: $city } }, { name: { contains: $text } }] }) { name department { name } }
}`,
        variables: { city: SEED_CITY, text: '人才' },
        rows: (d) => [
          {
            projectBudgets: (d.projectBudgets as Json[]).map((b) => ({ ...b, document: one(b.document) })),
            units: (d.units as Json[]).map((u) => ({ ...u, department: one(u.department) })),
          },
        ],
      },
    },
    {
      name: '05 functional-hierarchy',
      question: 'The 款 and 项 under 类 208',
      a: { query: example('17-functional-hierarchy-208.graphql'), variables: { code: '208' }, rows: (d) => [d.subjectCode] },
      b: { statement: 'bench/functional-hierarchy', params: { code: '208' } },
      c: {
        query: `query($key: String!) { subjectCodes(where: { key: { eq: $key } }) { code name level children { code name level children { code name level } } } }`,
        variables: { key: 'FUNCTIONAL|208' },
        rows: (d) => d.subjectCodes as Rows,
      },
    },
    {
      name: '06 unit-projects',
      question: 'The projects a unit implements, with its listings',
      a: { query: example('25-unit-projects.graphql'), variables: { unit: '厦门市人力资源和社会保障局' }, rows: (d) => edges(d.units) },
      b: { statement: 'bench/unit-projects', params: { unit: '厦门市人力资源和社会保障局' } },
      c: {
        query: `query($unit: String!) {
  units(where: { name: { eq: $unit } }) {
    name department { name }
    listingsConnection { edges { properties { fundingType staffCount year } } }
    projectBudgets { name year totalFunds fiscalFunds otherFunds unit supervisingDepartment startLine }
  }
}`,
        variables: { unit: '厦门市人力资源和社会保障局' },
        rows: (d) =>
          (d.units as Json[]).map(({ listingsConnection, department, ...u }) => ({
            ...u,
            department: one(department),
            listings: (listingsConnection as { edges: { properties: Json }[] }).edges.map((e) => e.properties),
          })),
      },
    },
    {
      name: '07 transfers-by-source',
      question: "A city's transfer payments by source budget and type",
      a: {
        query: example('16-transfers-by-source-budget.graphql').replace('transferPayments(first: 100,', 'transferPayments(first: 100, where: { documentSome: { city: { equals: $city } } },').replace('query TransfersBySource {', 'query TransfersBySource($city: String!) {'),
        variables: { city: XIAMEN },
        rows: (d) => edges(d.transferPayments),
      },
      b: { statement: 'bench/transfers-by-source', params: { city: XIAMEN } },
      c: {
        query: `query($city: String!) {
  transferPayments(limit: 100, where: { document: { some: { city: { eq: $city } } } }, sort: [{ sourceBudget: ASC }]) {
    sourceBudget transferType amount unit payerName recipientName subjectCode subjectName projectName startLine
  }
}`,
        variables: { city: XIAMEN },
        rows: (d) => d.transferPayments as Rows,
      },
    },
    {
      name: '08 documents-overview (deep)',
      question: "A city's documents with department, unit listings, project budgets and issues",
      a: {
        query: example('29-documents-overview.graphql').replace('documents(orderBy:', 'documents(where: { city: { equals: $city } }, orderBy:').replace('query DocumentsOverview {', 'query DocumentsOverview($city: String!) {'),
        variables: { city: SEED_CITY },
        rows: (d) => edges(d.documents),
      },
      b: { statement: 'bench/documents-overview', params: { city: SEED_CITY } },
      c: {
        query: `query($city: String!) {
  documents(where: { city: { eq: $city } }, sort: [{ city: ASC }, { year: ASC }]) {
    key kind year endYear city issuer title fileName lineCount contentHash
    department { name }
    unitListingsConnection { edges { properties { staffCount } node { name } } }
    projectBudgets { key }
    validationIssues { severity }
  }
}`,
        variables: { city: SEED_CITY },
        rows: (d) =>
          (d.documents as Json[]).map(({ unitListingsConnection, department, ...doc }) => ({
            ...doc,
            department: one(department),
            unitListings: (unitListingsConnection as { edges: { properties: Json; node: Json }[] }).edges.map((e) => ({ unit: e.node, staffCount: e.properties.staffCount })),
          })),
      },
    },
    {
      name: '09 largest-projects',
      question: "A city's ten largest project budgets of a year",
      a: { query: example('13-largest-projects.graphql'), variables: { city: SEED_CITY, year: 2024, n: 10 }, rows: (d) => edges(d.projectBudgets).map(({ totalFunds, ...b }) => ({ ...b, totalFunds: dec(totalFunds) })) },
      b: { statement: 'bench/largest-projects', params: { city: SEED_CITY, year: 2024, n: 10 }, rows: (rows) => rowsOf(rows).map((r) => ({ ...(r as Json), totalFunds: dec((r as Json).totalFunds) })) },
      c: {
        query: `query($city: String!, $year: Int!, $n: Int!) {
  largestProjects(city: $city, year: $year, n: $n) { name totalFunds fiscalFunds otherFunds unit startLine implementingUnit { name } }
}`,
        variables: { city: SEED_CITY, year: 2024, n: 10 },
        rows: (d) => (d.largestProjects as Json[]).map((r) => ({ ...r, totalFunds: dec(r.totalFunds) })),
        viaCypher: 'money is a decimal string, which the library sorts as text: 9 > 10',
      },
    },
    {
      name: '10 class-rollup',
      question: 'Expenditure of a city by functional class and spending type (budgetAggregate)',
      a: {
        query: `query($city: String!) { budgetAggregate(groupBy: [FUNCTIONAL_CLASS, SPENDING_TYPE], where: { cities: [$city], years: [2024], tableRoles: [EXPENDITURE_SUMMARY] }) { functionalCode { code name } spendingType total factCount } }`,
        variables: { city: SEED_CITY },
        rows: (d) => (d.budgetAggregate as Json[]).map((r) => ({ code: (r.functionalCode as Json | null)?.code ?? null, name: (r.functionalCode as Json | null)?.name ?? null, spendingType: r.spendingType, total: dec(r.total), factCount: r.factCount })),
      },
      b: {
        statement: 'bench/class-rollup',
        params: { city: SEED_CITY, years: [2024], role: 'EXPENDITURE_SUMMARY' },
        rows: microRows('total'),
      },
      c: {
        query: `query($city: String!) { classRollup(city: $city, years: [2024], role: "EXPENDITURE_SUMMARY") { code name spendingType totalMicro factCount } }`,
        variables: { city: SEED_CITY },
        rows: (d) => (d.classRollup as Json[]).map(fromMicroRow('total')),
        viaCypher: 'the library sums numbers only, and amounts are decimal strings',
      },
    },
    {
      name: '11 compare-year-over-year',
      question: 'A functional class (208) per document across years and cities (compareSubjectCode)',
      a: {
        query: `query($cities: [String!]) { compareSubjectCode(code: "208", cities: $cities) { points { year city documentKey amount } } }`,
        variables: { cities: compareCities },
        rows: (d) => ((d.compareSubjectCode as Json).points as Json[]).map((p) => ({ ...p, amount: dec(p.amount) })),
      },
      b: {
        statement: 'bench/compare-subject-code',
        params: { code: '208', cities: compareCities, roleOrder: ROLE_ORDER },
        rows: microRows('amount'),
      },
      c: {
        query: `query($cities: [String!]!, $roleOrder: [String!]!) { compareSubjectCode(code: "208", cities: $cities, roleOrder: $roleOrder) { year city documentKey totalMicro } }`,
        variables: { cities: compareCities, roleOrder: ROLE_ORDER },
        rows: (d) => (d.compareSubjectCode as Json[]).map(fromMicroRow('amount')),
        viaCypher: 'an exact sum of decimal strings per document, as for 10',
      },
    },
  ];
}

export { rowsOf };
