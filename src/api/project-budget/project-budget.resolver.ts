import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Government } from '../government/government.type.js';
import { Indicator } from '../indicator/indicator.type.js';
import { Project } from '../project/project.type.js';
import { Unit } from '../unit/unit.type.js';
import { FundsLink } from '../links/funds-link.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { GovernmentWhere } from '../government/government.inputs.js';
import { IndicatorWhere } from '../indicator/indicator.inputs.js';
import { ProjectBudgetOrderBy, ProjectBudgetWhere } from './project-budget.inputs.js';
import { ProjectBudget, ProjectBudgetConnection } from './project-budget.type.js';

@Resolver(() => ProjectBudget)
export class ProjectBudgetResolver {
  @Query(() => ProjectBudget, { nullable: true, description: 'The ProjectBudget with this key, or null when there is none.' })
  projectBudget(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ProjectBudget | null> {
    return nodeByKey<ProjectBudget>(ctx, 'ProjectBudget', key, info);
  }

  @Query(() => ProjectBudgetConnection, { description: 'A page of projectBudgets, filtered and sorted.' })
  projectBudgets(
    @Arg('where', () => ProjectBudgetWhere, { nullable: true }) where: ProjectBudgetWhere | undefined,
    @Arg('orderBy', () => [ProjectBudgetOrderBy], { nullable: true }) orderBy: ProjectBudgetOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectBudgetConnection> {
    return listConnection<ProjectBudget>(ctx, 'ProjectBudget', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: ProjectBudget, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('project-budget-document', root.key);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project across years.' })
  project(@Root() root: ProjectBudget, @Ctx() ctx: Context): Promise<Project | null> {
    return ctx.loaders.one<Project>('project-budget-project', root.key);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The implementing unit (实施单位).' })
  implementingUnit(@Root() root: ProjectBudget, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.one<Unit>('project-budget-implementing-unit', root.key);
  }

  @FieldResolver(() => [Government], { description: 'Governments the money is transferred to, where stated.' })
  recipients(
    @Root() root: ProjectBudget,
    @Arg('where', () => GovernmentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: GovernmentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Government[]> {
    return where ? ctx.loaders.manyWhere<Government>('ProjectBudget', 'recipients', where, root.key) : ctx.loaders.many<Government>('project-budget-recipients', root.key);
  }

  @FieldResolver(() => [Indicator], { description: 'Performance indicators (绩效指标) of this project budget.' })
  indicators(
    @Root() root: ProjectBudget,
    @Arg('where', () => IndicatorWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: IndicatorWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Indicator[]> {
    return where ? ctx.loaders.manyWhere<Indicator>('ProjectBudget', 'indicators', where, root.key) : ctx.loaders.many<Indicator>('project-budget-indicators', root.key);
  }

  @FieldResolver(() => [FundsLink], { description: 'Transfer payments funding this project budget (FUNDS), stated or inferred (inferred + method).' })
  transfers(@Root() root: ProjectBudget, @Ctx() ctx: Context): Promise<FundsLink[]> {
    return resolveLinks<FundsLink>(ctx, 'ProjectBudget.transfers', root);
  }
}
