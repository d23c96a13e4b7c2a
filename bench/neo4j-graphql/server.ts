/**
 * Comparison (c): an @neo4j/graphql 7 server (Apollo, standalone) over the same database, with
 * bench/neo4j-graphql/type-defs.graphql (its three @cypher fields given the floor's statements).
 * Its statements run through `StatementCounter`, which counts them and, when profiling, runs each
 * under PROFILE and adds its database hits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { cypher } from '../../src/graph/cypher-files.js';
import { profileDbHits, type GraphExecutor } from '../../src/graph/executor.js';

/** The driver of the bench's executor: the library is handed the same connection pool's driver. */
type Driver = GraphExecutor['driver'];

export interface StatementCounter {
  roundTrips: number;
  dbHits: number;
  profile: boolean;
}

/**
 * What the library calls for each statement (its "transaction-like" execution context): one read
 * transaction per statement, as the library's own driver path does.
 */
function executionContext(driver: Driver, counter: StatementCounter) {
  return {
    async run(query: string, parameters: Record<string, unknown>) {
      counter.roundTrips++;
      const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
      try {
        return await session.executeRead(async (tx) => {
          const res = await tx.run(counter.profile ? `PROFILE ${query}` : query, parameters);
          if (counter.profile) counter.dbHits += profileDbHits(res.summary.profile);
          return res;
        });
      } finally {
        await session.close();
      }
    },
  };
}

export async function startNeo4jGraphql(driver: Driver, counter: StatementCounter): Promise<{ url: string; stop: () => Promise<void> }> {
  // The @cypher fields' statements are the floor's, from cypher/bench/ (never written twice).
  const typeDefs = fs.readFileSync(path.join(import.meta.dirname, 'type-defs.graphql'), 'utf8').replace(/\{\{([\w/-]+)\}\}/g, (_, name: string) => cypher(name).text);
  // The version prefix ("CYPHER 5") would have to precede PROFILE: off, the server's default is 5.
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ executionContext: executionContext(driver, counter), cypherQueryOptions: { addVersionPrefix: false } }),
  });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}
