import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Document } from '../document/document.type.js';
import { Fact } from '../fact/fact.type.js';
import { Government } from '../government/government.type.js';
import { Project } from '../project/project.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { Unit } from '../unit/unit.type.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { ProjectWhere } from '../project/project.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';
import { DepartmentOrderBy, DepartmentWhere } from './department.inputs.js';
import { Department, DepartmentConnection } from './department.type.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'The Department with this key, or null when there is none.' })
  department(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Department | null> {
    return nodeByKey<Department>(ctx, 'Department', key, info);
  }

  @Query(() => DepartmentConnection, { description: 'A page of departments, filtered and sorted.' })
  departments(
    @Arg('where', () => DepartmentWhere, { nullable: true }) where: DepartmentWhere | undefined,
    @Arg('orderBy', () => [DepartmentOrderBy], { nullable: true }) orderBy: DepartmentOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DepartmentConnection> {
    return listConnection<Department>(ctx, 'Department', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Government, { nullable: true, description: 'The government the department belongs to.' })
  government(@Root() root: Department, @Ctx() ctx: Context): Promise<Government | null> {
    return ctx.loaders.one<Government>('department-government', root.key);
  }

  @FieldResolver(() => [Unit], { description: 'Budget units (预算单位) of the department.' })
  units(
    @Root() root: Department,
    @Arg('where', () => UnitWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: UnitWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Unit[]> {
    return where ? ctx.loaders.manyWhere<Unit>('Department', 'units', where, root.key) : ctx.loaders.many<Unit>('department-units', root.key);
  }

  @FieldResolver(() => [Project], { description: 'Projects (项目) of the department.' })
  projects(
    @Root() root: Department,
    @Arg('where', () => ProjectWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ProjectWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Project[]> {
    return where ? ctx.loaders.manyWhere<Project>('Department', 'projects', where, root.key) : ctx.loaders.many<Project>('department-projects', root.key);
  }

  @FieldResolver(() => [Document], { description: 'Documents the department issued.' })
  documents(
    @Root() root: Department,
    @Arg('where', () => DocumentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: DocumentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Document[]> {
    return where ? ctx.loaders.manyWhere<Document>('Department', 'documents', where, root.key) : ctx.loaders.many<Document>('department-documents', root.key);
  }

  @FieldResolver(() => [Fact], { description: 'Money facts stated for the department as a whole.' })
  facts(
    @Root() root: Department,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('Department', 'facts', where, root.key) : ctx.loaders.many<Fact>('department-facts', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments the department itself pays.' })
  transfersPaid(
    @Root() root: Department,
    @Arg('where', () => TransferPaymentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TransferPaymentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<TransferPayment[]> {
    return where ? ctx.loaders.manyWhere<TransferPayment>('Department', 'transfersPaid', where, root.key) : ctx.loaders.many<TransferPayment>('department-transfers-paid', root.key);
  }
}
