import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { IndicatorOrderBy, IndicatorWhere } from './indicator.inputs.js';
import { Indicator, IndicatorConnection } from './indicator.type.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, { nullable: true, description: 'The Indicator with this key, or null when there is none.' })
  indicator(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Indicator | null> {
    return nodeByKey<Indicator>(ctx, 'Indicator', key, info);
  }

  @Query(() => IndicatorConnection, { description: 'A page of indicators, filtered and sorted.' })
  indicators(
    @Arg('where', () => IndicatorWhere, { nullable: true }) where: IndicatorWhere | undefined,
    @Arg('orderBy', () => [IndicatorOrderBy], { nullable: true }) orderBy: IndicatorOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IndicatorConnection> {
    return listConnection<Indicator>(ctx, 'Indicator', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: Indicator, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('indicator-document', root.key);
  }

  @FieldResolver(() => ProjectBudget, { nullable: true, description: 'The project budget owning the indicator (null for department or fund goals).' })
  projectBudget(@Root() root: Indicator, @Ctx() ctx: Context): Promise<ProjectBudget | null> {
    return ctx.loaders.one<ProjectBudget>('indicator-project-budget', root.key);
  }
}
