import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { GovernmentOrderBy, GovernmentWhere } from './government.inputs.js';
import { Government, GovernmentConnection } from './government.type.js';

@Resolver(() => Government)
export class GovernmentResolver {
  @Query(() => Government, { nullable: true, description: 'The Government with this key, or null when there is none.' })
  government(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Government | null> {
    return nodeByKey<Government>(ctx, 'Government', key, info);
  }

  @Query(() => GovernmentConnection, { description: 'A page of governments, filtered and sorted.' })
  governments(
    @Arg('where', () => GovernmentWhere, { nullable: true }) where: GovernmentWhere | undefined,
    @Arg('orderBy', () => [GovernmentOrderBy], { nullable: true }) orderBy: GovernmentOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GovernmentConnection> {
    return listConnection<Government>(ctx, 'Government', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Government, { nullable: true, description: 'The government this one is part of (上级).' })
  parent(@Root() root: Government, @Ctx() ctx: Context): Promise<Government | null> {
    return ctx.loaders.one<Government>('government-parent', root.key);
  }

  @FieldResolver(() => [Government], { description: 'Governments that are part of this one.' })
  children(
    @Root() root: Government,
    @Arg('where', () => GovernmentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: GovernmentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Government[]> {
    return where ? ctx.loaders.manyWhere<Government>('Government', 'children', where, root.key) : ctx.loaders.many<Government>('government-children', root.key);
  }

  @FieldResolver(() => [Department], { description: 'Departments (部门) of this government.' })
  departments(
    @Root() root: Government,
    @Arg('where', () => DepartmentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: DepartmentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Department[]> {
    return where ? ctx.loaders.manyWhere<Department>('Government', 'departments', where, root.key) : ctx.loaders.many<Department>('government-departments', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments (转移支付) this government receives.' })
  transfersReceived(
    @Root() root: Government,
    @Arg('where', () => TransferPaymentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TransferPaymentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<TransferPayment[]> {
    return where ? ctx.loaders.manyWhere<TransferPayment>('Government', 'transfersReceived', where, root.key) : ctx.loaders.many<TransferPayment>('government-transfers-received', root.key);
  }

  @FieldResolver(() => [ProjectBudget], { description: 'Project budgets whose money is transferred to this government (对下转移支付项目).' })
  transferProjectBudgets(
    @Root() root: Government,
    @Arg('where', () => ProjectBudgetWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ProjectBudgetWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProjectBudget[]> {
    return where ? ctx.loaders.manyWhere<ProjectBudget>('Government', 'transferProjectBudgets', where, root.key) : ctx.loaders.many<ProjectBudget>('government-transfer-project-budgets', root.key);
  }
}
