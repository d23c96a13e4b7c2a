import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One query the explorer offers ready to run. */
export interface ExplorerExample {
  title: string;
  query: string;
  /** JSON text for the variables editor ("" when the query takes none). */
  variables: string;
}

/**
 * Built in, so the explorer is useful before any docs/examples/ exist: the first is a figure the
 * Fuzhou 2024 department budget states (共设置86个项目绩效目标), the others are the examples of
 * docs/schema-guide.md.
 */
export const BUILT_IN_EXAMPLES: readonly ExplorerExample[] = [
  {
    title: 'Projects of the Fuzhou 2024 department budget (the document states 86)',
    query: `query FuzhouProjects2024 {
  projects(
    first: 10
    orderBy: [{ field: NAME }]
    where: {
      departmentSome: { name: { equals: "福州市人力资源和社会保障局" } }
      budgetsSome: {
        year: { equals: 2024 }
        documentSome: { kind: { equals: "DEPARTMENT_BUDGET" } }
      }
    }
  ) {
    totalCount
    edges {
      node {
        name
        budgets(where: { year: { equals: 2024 } }) { year fiscalFunds unit }
      }
    }
  }
}
`,
    variables: '',
  },
  {
    title: 'Projects funded by transfers to the districts',
    query: `query ProjectsFundedByDistrictTransfers {
  projectBudgets(where: { transfersSome: { recipientSome: { level: { in: ["DISTRICT", "DISTRICTS"] } } } }) {
    totalCount
    edges { node { name year fiscalFunds unit
      transfers { inferred method transfer { amount unit recipient { name } code { code name } } }
      indicators { level1 name operator target unitOfMeasure } } }
  }
}
`,
    variables: '',
  },
  {
    title: 'Projects with a satisfaction indicator of at least 90 %',
    query: `query SatisfactionAtLeast90 {
  projects(where: { budgetsSome: { indicatorsSome: { name: { contains: "满意度" }, target: { gte: "90" } } } }, first: 100) {
    totalCount
    edges { node { name department { name } } }
  }
}
`,
    variables: '',
  },
  {
    title: 'A subject code, its 款 and 类, and the facts booked under it',
    query: `query SubjectCode2080116 {
  subjectCode(scheme: "FUNCTIONAL", code: "2080116") {
    name level
    parent { code name parent { code name } }
    facts { amount unit kind isSubtotal column document { city year } }
  }
}
`,
    variables: '',
  },
  {
    title: 'What does not reconcile in the Fuzhou 2024 documents',
    query: `query FuzhouValidationErrors {
  validationIssues(
    where: { severity: { equals: "ERROR" }, documentSome: { city: { equals: "福州市" }, year: { equals: 2024 } } }
    orderBy: [{ field: DIFFERENCE, direction: DESC }]
  ) {
    edges { node { rule message expected actual difference unit startLine endLine facts { rowLabel column amount } } }
  }
}
`,
    variables: '',
  },
  {
    title: 'Paging through the facts of a table role, 500 at a time',
    query: `query ThreePublicFacts($after: String) {
  facts(first: 500, after: $after, where: { tableRole: { equals: "THREE_PUBLIC" } }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { rowLabel column amount unit } }
  }
}
`,
    variables: '{ "after": null }',
  },
];

/** A leading `# Q: question` (docs/examples) or `# title` comment names an example file; otherwise its file name does. */
function titleOf(fileName: string, query: string): string {
  const m = /^\s*#\s*(?:Q:\s*)?(.+)$/m.exec(query.split('\n').find((l) => l.trim() !== '') ?? '');
  return m?.[1]?.trim() ?? path.basename(fileName, '.graphql').replace(/[-_]+/g, ' ');
}

/**
 * The built-in examples, then every `<dir>/*.graphql` (sorted by name), read once at start.
 * A sibling `<name>.json` (as in docs/examples) fills the variables editor. A missing folder is normal
 * (e.g. a Docker image without docs/).
 */
export async function loadExplorerExamples(dir: string): Promise<ExplorerExample[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [...BUILT_IN_EXAMPLES];
    throw e;
  }
  const fromFiles = await Promise.all(
    names.map(async (f) => {
      const query = await readFile(path.join(dir, f), 'utf8');
      const variables = await readFile(path.join(dir, f.replace(/\.graphql$/, '.json')), 'utf8').catch(() => '');
      return { title: titleOf(f, query), query, variables };
    }),
  );
  return [...BUILT_IN_EXAMPLES, ...fromFiles];
}
