/** The figures of a bench run as Markdown tables (bench/results/<name>.md), for docs/benchmarks.md. */
import type { LoadFigures } from './queries/closed-loop.js';
import type { CaseFigures, WayFigures } from './queries/run-queries.js';

/** One ingest measurement: a set of documents written, with its rate. */
export interface IngestFigures {
  data: string;
  documents: number;
  facts: number;
  seconds: number;
  factsPerSecond: number;
  secondsPerDocument: number;
}

const way = (f: WayFigures) => `${f.p50} / ${f.p99} | ${f.throughput} | ${f.roundTrips} | ${f.dbHits}`;

export function markdownReport(ingest: IngestFigures[], queries: Record<string, CaseFigures[]>, noDatabase?: { a: LoadFigures; c: LoadFigures }): string {
  const out: string[] = ['### Ingest', '', '| data | documents | facts | seconds | facts/s | s/document |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of ingest) out.push(`| ${r.data} | ${r.documents} | ${r.facts} | ${r.seconds} | ${r.factsPerSecond} | ${r.secondsPerDocument} |`);
  for (const [label, figures] of Object.entries(queries)) {
    out.push(
      '',
      `### Queries at ${label} scale`,
      '',
      "p50 / p99 in ms; req/s; round trips (statements) and db hits (PROFILE) per request. a = budget-graph, b = hand-written Cypher, c = @neo4j/graphql; a's statements = the statements of one (a) request sent straight through the driver (no GraphQL, no HTTP), p50 in ms.",
      '',
      "| query | a p50 / p99 | a req/s | a rt | a hits | b p50 / p99 | b req/s | b rt | b hits | c p50 / p99 | c req/s | c rt | c hits | a/b | a/c | a's statements | a's statements/b |",
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const f of figures) out.push(`| ${f.name} | ${way(f.a)} | ${way(f.b)} | ${way(f.c)} | ${f.aOverB} | ${f.aOverC} | ${f.aStatements.p50} | ${f.aStatementsOverB} |`);
    const viaCypher = figures.filter((f) => f.viaCypher);
    if (viaCypher.length) out.push('', ...viaCypher.map((f) => `- c for ${f.name}: an @cypher field running the floor's statement (${f.viaCypher}).`));
    if (noDatabase && label === Object.keys(queries)[0]) {
      out.push('', `GraphQL over HTTP with no database work (\`{ __typename }\`, same load): a p50 ${noDatabase.a.p50} ms (${noDatabase.a.throughput} req/s), c p50 ${noDatabase.c.p50} ms (${noDatabase.c.throughput} req/s).`);
    }
  }
  return out.join('\n') + '\n';
}
