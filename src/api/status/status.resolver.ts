import { Ctx, Query, Resolver } from 'type-graphql';
import { graphCounts, serverInfo } from '../../graph/queries/status.js';
import type { Context } from '../context.js';
import { DatabaseStatus } from './status.type.js';

@Resolver()
export class StatusResolver {
  @Query(() => DatabaseStatus, { description: 'Status of the Neo4j database: version and what the graph holds.' })
  async status(@Ctx() ctx: Context): Promise<DatabaseStatus> {
    const [info, counts] = await Promise.all([serverInfo(ctx.db), graphCounts(ctx.db)]);
    return { ...info, nodeCount: counts.nodes, relationshipCount: counts.relationships, documentCount: counts.documents };
  }
}
