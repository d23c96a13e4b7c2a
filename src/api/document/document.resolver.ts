import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
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
import { UnitListing, unitListings } from '../links/unit-listing.type.js';
import { DocumentOrderBy, DocumentWhere } from './document.inputs.js';
import { Document, DocumentConnection } from './document.type.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'The Document with this key, or null when there is none.' })
  document(@Arg('key', () => String) key: string, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.byKey<Document>('Document', key);
  }

  @Query(() => DocumentConnection, { description: 'A page of documents, filtered and sorted.' })
  documents(
    @Arg('where', () => DocumentWhere, { nullable: true }) where: DocumentWhere | undefined,
    @Arg('orderBy', () => [DocumentOrderBy], { nullable: true }) orderBy: DocumentOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<DocumentConnection> {
    return listConnection<Document>(ctx, 'Document', { where, orderBy, page });
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The issuing department.' })
  department(@Root() root: Document, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('document-department', root.key);
  }

  @FieldResolver(() => [UnitListing], { description: 'Units the document lists (单位构成), with funding type and staff count.' })
  unitListings(@Root() root: Document, @Ctx() ctx: Context): Promise<UnitListing[]> {
    return unitListings(ctx, 'document-units', root);
  }

  @FieldResolver(() => [SubjectCode], { description: 'Subject codes (科目) the document uses.' })
  subjectCodes(@Root() root: Document, @Ctx() ctx: Context): Promise<SubjectCode[]> {
    return ctx.loaders.many<SubjectCode>('document-subject-codes', root.key);
  }

  @FieldResolver(() => [Indicator], { description: 'Department-wide or fund performance indicators (部门整体绩效目标); project indicators hang off project budgets.' })
  indicators(@Root() root: Document, @Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.loaders.many<Indicator>('document-indicators', root.key);
  }

  @FieldResolver(() => [SourceTable], { description: 'Tables (附表) recognised in the document.' })
  tables(@Root() root: Document, @Ctx() ctx: Context): Promise<SourceTable[]> {
    return ctx.loaders.many<SourceTable>('document-tables', root.key);
  }

  @FieldResolver(() => [Fact], { description: "Every money fact read from the document's tables." })
  facts(@Root() root: Document, @Ctx() ctx: Context): Promise<Fact[]> {
    return ctx.loaders.many<Fact>('document-facts', root.key);
  }

  @FieldResolver(() => [ProjectBudget], { description: 'Project budgets (项目绩效目标表) in the document.' })
  projectBudgets(@Root() root: Document, @Ctx() ctx: Context): Promise<ProjectBudget[]> {
    return ctx.loaders.many<ProjectBudget>('document-project-budgets', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments (转移支付) listed in the document.' })
  transfers(@Root() root: Document, @Ctx() ctx: Context): Promise<TransferPayment[]> {
    return ctx.loaders.many<TransferPayment>('document-transfers', root.key);
  }

  @FieldResolver(() => [PlanIndicator], { description: 'Plan indicators (规划指标) of a plan document.' })
  planIndicators(@Root() root: Document, @Ctx() ctx: Context): Promise<PlanIndicator[]> {
    return ctx.loaders.many<PlanIndicator>('document-plan-indicators', root.key);
  }

  @FieldResolver(() => [Target], { description: 'Numeric targets stated in the prose (工作目标).' })
  targets(@Root() root: Document, @Ctx() ctx: Context): Promise<Target[]> {
    return ctx.loaders.many<Target>('document-targets', root.key);
  }

  @FieldResolver(() => [StatedFigure], { description: 'Figures stated in the prose (收入预算为…, 比上年增加…).' })
  statedFigures(@Root() root: Document, @Ctx() ctx: Context): Promise<StatedFigure[]> {
    return ctx.loaders.many<StatedFigure>('document-stated-figures', root.key);
  }

  @FieldResolver(() => [ValidationIssue], { description: 'What does not add up in the document, and what could not be read.' })
  validationIssues(@Root() root: Document, @Ctx() ctx: Context): Promise<ValidationIssue[]> {
    return ctx.loaders.many<ValidationIssue>('document-validation-issues', root.key);
  }
}
