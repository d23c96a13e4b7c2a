import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { IndicatorOrderBy, IndicatorWhere } from './indicator.inputs.js';
import { Indicator, IndicatorConnection } from './indicator.type.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, { nullable: true, description: 'The Indicator with this key, or null when there is none.' })
  indicator(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<Indicator | null> {
    return ctx.loaders.byKey<Indicator>('Indicator', key);
  }

  @Query(() => IndicatorConnection, { description: 'A page of indicators, filtered and sorted.' })
  indicators(
    @Arg('where', () => IndicatorWhere, { nullable: true }) where: IndicatorWhere | undefined,
    @Arg('orderBy', () => [IndicatorOrderBy], { nullable: true }) orderBy: IndicatorOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<IndicatorConnection> {
    return listConnection<Indicator>(ctx, 'Indicator', { where, orderBy, page });
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
