import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Fact } from '../fact/fact.type.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { FundSourceOrderBy, FundSourceWhere } from './fund-source.inputs.js';
import { FundSource, FundSourceConnection } from './fund-source.type.js';

@Resolver(() => FundSource)
export class FundSourceResolver {
  @Query(() => FundSource, { nullable: true, description: 'The FundSource with this key, or null when there is none.' })
  fundSource(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<FundSource | null> {
    return nodeByKey<FundSource>(ctx, 'FundSource', key, info);
  }

  @Query(() => FundSourceConnection, { description: 'A page of fundSources, filtered and sorted.' })
  fundSources(
    @Arg('where', () => FundSourceWhere, { nullable: true }) where: FundSourceWhere | undefined,
    @Arg('orderBy', () => [FundSourceOrderBy], { nullable: true }) orderBy: FundSourceOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FundSourceConnection> {
    return listConnection<FundSource>(ctx, 'FundSource', { where, orderBy, page }, info);
  }

  @FieldResolver(() => [Fact], { description: 'Money facts from this source.' })
  facts(
    @Root() root: FundSource,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('FundSource', 'facts', where, root.key) : ctx.loaders.many<Fact>('fund-source-facts', root.key);
  }
}
