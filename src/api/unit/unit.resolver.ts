import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { Fact } from '../fact/fact.type.js';
import { Project } from '../project/project.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { UnitListing } from '../links/unit-listing.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { UnitOrderBy, UnitWhere } from './unit.inputs.js';
import { Unit, UnitConnection } from './unit.type.js';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'The Unit with this key, or null when there is none.' })
  unit(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Unit | null> {
    return nodeByKey<Unit>(ctx, 'Unit', key, info);
  }

  @Query(() => UnitConnection, { description: 'A page of units, filtered and sorted.' })
  units(
    @Arg('where', () => UnitWhere, { nullable: true }) where: UnitWhere | undefined,
    @Arg('orderBy', () => [UnitOrderBy], { nullable: true }) orderBy: UnitOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitConnection> {
    return listConnection<Unit>(ctx, 'Unit', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department (主管部门) the unit belongs to.' })
  department(@Root() root: Unit, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('unit-department', root.key);
  }

  @FieldResolver(() => [ProjectBudget], { description: 'Project budgets this unit implements (实施单位).' })
  projectBudgets(
    @Root() root: Unit,
    @Arg('where', () => ProjectBudgetWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ProjectBudgetWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProjectBudget[]> {
    return where ? ctx.loaders.manyWhere<ProjectBudget>('Unit', 'projectBudgets', where, root.key) : ctx.loaders.many<ProjectBudget>('unit-project-budgets', root.key);
  }

  @FieldResolver(() => [Project], { description: 'Projects this unit implements in any year.' })
  projects(@Root() root: Unit, @Ctx() ctx: Context): Promise<Project[]> {
    return ctx.loaders.many<Project>('unit-projects', root.key);
  }

  @FieldResolver(() => [Fact], { description: 'Money facts stated for this unit.' })
  facts(
    @Root() root: Unit,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('Unit', 'facts', where, root.key) : ctx.loaders.many<Fact>('unit-facts', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments this unit pays.' })
  transfersPaid(
    @Root() root: Unit,
    @Arg('where', () => TransferPaymentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TransferPaymentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<TransferPayment[]> {
    return where ? ctx.loaders.manyWhere<TransferPayment>('Unit', 'transfersPaid', where, root.key) : ctx.loaders.many<TransferPayment>('unit-transfers-paid', root.key);
  }

  @FieldResolver(() => [UnitListing], { description: 'The documents listing this unit, with funding type (经费性质) and staff count (在职人数) of that year.' })
  listings(@Root() root: Unit, @Ctx() ctx: Context): Promise<UnitListing[]> {
    return resolveLinks<UnitListing>(ctx, 'Unit.listings', root);
  }
}
