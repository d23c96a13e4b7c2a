import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { Fact } from '../fact/fact.type.js';
import { Indicator } from '../indicator/indicator.type.js';
import { PlanIndicator } from '../plan-indicator/plan-indicator.type.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { SourceTable } from '../source-table/source-table.type.js';
import { StatedFigure } from '../stated-figure/stated-figure.type.js';
import { SubjectCode } from '../subject-code/subject-code.type.js';
import { Target } from '../target/target.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { ValidationIssue } from '../validation-issue/validation-issue.type.js';
import { UnitListing } from '../links/unit-listing.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { IndicatorWhere } from '../indicator/indicator.inputs.js';
import { PlanIndicatorWhere } from '../plan-indicator/plan-indicator.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { SourceTableWhere } from '../source-table/source-table.inputs.js';
import { StatedFigureWhere } from '../stated-figure/stated-figure.inputs.js';
import { SubjectCodeWhere } from '../subject-code/subject-code.inputs.js';
import { TargetWhere } from '../target/target.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { ValidationIssueWhere } from '../validation-issue/validation-issue.inputs.js';
import { DocumentOrderBy, DocumentWhere } from './document.inputs.js';
import { Document, DocumentConnection } from './document.type.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'The Document with this key, or null when there is none.' })
  document(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Document | null> {
    return nodeByKey<Document>(ctx, 'Document', key, info);
  }

  @Query(() => DocumentConnection, { description: 'A page of documents, filtered and sorted.' })
  documents(
    @Arg('where', () => DocumentWhere, { nullable: true }) where: DocumentWhere | undefined,
    @Arg('orderBy', () => [DocumentOrderBy], { nullable: true }) orderBy: DocumentOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DocumentConnection> {
    return listConnection<Document>(ctx, 'Document', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The issuing department.' })
  department(@Root() root: Document, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('document-department', root.key);
  }

  @FieldResolver(() => [UnitListing], { description: 'Units the document lists (单位构成), with funding type and staff count.' })
  unitListings(@Root() root: Document, @Ctx() ctx: Context): Promise<UnitListing[]> {
    return resolveLinks<UnitListing>(ctx, 'Document.unitListings', root);
  }

  @FieldResolver(() => [SubjectCode], { description: 'Subject codes (科目) the document uses.' })
  subjectCodes(
    @Root() root: Document,
    @Arg('where', () => SubjectCodeWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: SubjectCodeWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<SubjectCode[]> {
    return where ? ctx.loaders.manyWhere<SubjectCode>('Document', 'subjectCodes', where, root.key) : ctx.loaders.many<SubjectCode>('document-subject-codes', root.key);
  }

  @FieldResolver(() => [Indicator], { description: 'Department-wide or fund performance indicators (部门整体绩效目标); project indicators hang off project budgets.' })
  indicators(
    @Root() root: Document,
    @Arg('where', () => IndicatorWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: IndicatorWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Indicator[]> {
    return where ? ctx.loaders.manyWhere<Indicator>('Document', 'indicators', where, root.key) : ctx.loaders.many<Indicator>('document-indicators', root.key);
  }

  @FieldResolver(() => [SourceTable], { description: 'Tables (附表) recognised in the document.' })
  tables(
    @Root() root: Document,
    @Arg('where', () => SourceTableWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: SourceTableWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<SourceTable[]> {
    return where ? ctx.loaders.manyWhere<SourceTable>('Document', 'tables', where, root.key) : ctx.loaders.many<SourceTable>('document-tables', root.key);
  }

  @FieldResolver(() => [Fact], { description: "Every money fact read from the document's tables." })
  facts(
    @Root() root: Document,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('Document', 'facts', where, root.key) : ctx.loaders.many<Fact>('document-facts', root.key);
  }

  @FieldResolver(() => [ProjectBudget], { description: 'Project budgets (项目绩效目标表) in the document.' })
  projectBudgets(
    @Root() root: Document,
    @Arg('where', () => ProjectBudgetWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ProjectBudgetWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ProjectBudget[]> {
    return where ? ctx.loaders.manyWhere<ProjectBudget>('Document', 'projectBudgets', where, root.key) : ctx.loaders.many<ProjectBudget>('document-project-budgets', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments (转移支付) listed in the document.' })
  transfers(
    @Root() root: Document,
    @Arg('where', () => TransferPaymentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TransferPaymentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<TransferPayment[]> {
    return where ? ctx.loaders.manyWhere<TransferPayment>('Document', 'transfers', where, root.key) : ctx.loaders.many<TransferPayment>('document-transfers', root.key);
  }

  @FieldResolver(() => [PlanIndicator], { description: 'Plan indicators (规划指标) of a plan document.' })
  planIndicators(
    @Root() root: Document,
    @Arg('where', () => PlanIndicatorWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: PlanIndicatorWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<PlanIndicator[]> {
    return where ? ctx.loaders.manyWhere<PlanIndicator>('Document', 'planIndicators', where, root.key) : ctx.loaders.many<PlanIndicator>('document-plan-indicators', root.key);
  }

  @FieldResolver(() => [Target], { description: 'Numeric targets stated in the prose (工作目标).' })
  targets(
    @Root() root: Document,
    @Arg('where', () => TargetWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TargetWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Target[]> {
    return where ? ctx.loaders.manyWhere<Target>('Document', 'targets', where, root.key) : ctx.loaders.many<Target>('document-targets', root.key);
  }

  @FieldResolver(() => [StatedFigure], { description: 'Figures stated in the prose (收入预算为…, 比上年增加…).' })
  statedFigures(
    @Root() root: Document,
    @Arg('where', () => StatedFigureWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: StatedFigureWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<StatedFigure[]> {
    return where ? ctx.loaders.manyWhere<StatedFigure>('Document', 'statedFigures', where, root.key) : ctx.loaders.many<StatedFigure>('document-stated-figures', root.key);
  }

  @FieldResolver(() => [ValidationIssue], { description: 'What does not add up in the document, and what could not be read.' })
  validationIssues(
    @Root() root: Document,
    @Arg('where', () => ValidationIssueWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: ValidationIssueWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<ValidationIssue[]> {
    return where ? ctx.loaders.manyWhere<ValidationIssue>('Document', 'validationIssues', where, root.key) : ctx.loaders.many<ValidationIssue>('document-validation-issues', root.key);
  }
}
