import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { Document } from '../document/document.type.js';
import { FundSource } from '../fund-source/fund-source.type.js';
import { SourceTable } from '../source-table/source-table.type.js';
import { SubjectCode } from '../subject-code/subject-code.type.js';
import { Unit } from '../unit/unit.type.js';
import { ValidationIssue } from '../validation-issue/validation-issue.type.js';
import { ValidationIssueWhere } from '../validation-issue/validation-issue.inputs.js';
import { FactOrderBy, FactWhere } from './fact.inputs.js';
import { Fact, FactConnection } from './fact.type.js';

@Resolver(() => Fact)
export class FactResolver {
  @Query(() => Fact, { nullable: true, description: 'The Fact with this key, or null when there is none.' })
  fact(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Fact | null> {
    return nodeByKey<Fact>(ctx, 'Fact', key, info);
  }

  @Query(() => FactConnection, { description: 'A page of facts, filtered and sorted.' })
  facts(
    @Arg('where', () => FactWhere, { nullable: true }) where: FactWhere | undefined,
    @Arg('orderBy', () => [FactOrderBy], { nullable: true }) orderBy: FactOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FactConnection> {
    return listConnection<Fact>(ctx, 'Fact', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: Fact, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('fact-document', root.key);
  }

  @FieldResolver(() => SourceTable, { nullable: true, description: 'The table of the cell.' })
  table(@Root() root: Fact, @Ctx() ctx: Context): Promise<SourceTable | null> {
    return ctx.loaders.one<SourceTable>('fact-table', root.key);
  }

  @FieldResolver(() => SubjectCode, { nullable: true, description: 'The subject code (科目) of the row.' })
  code(@Root() root: Fact, @Ctx() ctx: Context): Promise<SubjectCode | null> {
    return ctx.loaders.one<SubjectCode>('fact-code', root.key);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The budget unit of the row, when it names one.' })
  budgetUnit(@Root() root: Fact, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.one<Unit>('fact-budget-unit', root.key);
  }

  @FieldResolver(() => Department, { nullable: true, description: "The department, when the fact is the whole department's." })
  department(@Root() root: Fact, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('fact-department', root.key);
  }

  @FieldResolver(() => FundSource, { nullable: true, description: 'The source of funds (资金来源) of the column.' })
  fundSource(@Root() root: Fact, @Ctx() ctx: Context): Promise<FundSource | null> {
    return ctx.loaders.one<FundSource>('fact-fund-source', root.key);
  }

  @FieldResolver(() => [ValidationIssue], { description: 'Validation issues involving this fact.' })
  validationIssues(
    @Root() root: Fact,
    @Arg('where', () => ValidationIssueWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ValidationIssueWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ValidationIssue[]> {
    return where ? ctx.loaders.manyWhere<ValidationIssue>('Fact', 'validationIssues', where, root.key) : ctx.loaders.many<ValidationIssue>('fact-validation-issues', root.key);
  }
}
