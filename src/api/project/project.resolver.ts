import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { ProjectOrderBy, ProjectWhere } from './project.inputs.js';
import { Project, ProjectConnection } from './project.type.js';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'The Project with this key, or null when there is none.' })
  project(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Project | null> {
    return nodeByKey<Project>(ctx, 'Project', key, info);
  }

  @Query(() => ProjectConnection, { description: 'A page of projects, filtered and sorted.' })
  projects(
    @Arg('where', () => ProjectWhere, { nullable: true }) where: ProjectWhere | undefined,
    @Arg('orderBy', () => [ProjectOrderBy], { nullable: true }) orderBy: ProjectOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectConnection> {
    return listConnection<Project>(ctx, 'Project', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department the project belongs to.' })
  department(@Root() root: Project, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('project-department', root.key);
  }

  @FieldResolver(() => [ProjectBudget], { description: "The project's budget in each document (one per year)." })
  budgets(
    @Root() root: Project,
    @Arg('where', () => ProjectBudgetWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ProjectBudgetWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProjectBudget[]> {
    return where ? ctx.loaders.manyWhere<ProjectBudget>('Project', 'budgets', where, root.key) : ctx.loaders.many<ProjectBudget>('project-budgets', root.key);
  }
}
