import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { subjectCodeKeyOf } from './subject-code-key.js';
import { Document } from '../document/document.type.js';
import { Fact } from '../fact/fact.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { SubjectCodeOrderBy, SubjectCodeWhere } from './subject-code.inputs.js';
import { SubjectCode, SubjectCodeConnection } from './subject-code.type.js';

@Resolver(() => SubjectCode)
export class SubjectCodeResolver {
  @Query(() => SubjectCode, { nullable: true, description: 'A subject code by key, or by scheme and code (FUNCTIONAL, 2080116); null when there is none.' })
  subjectCode(
    @Arg('key', () => String, { nullable: true }) key: string | undefined,
    @Arg('scheme', () => String, { nullable: true }) scheme: string | undefined,
    @Arg('code', () => String, { nullable: true }) code: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubjectCode | null> {
    return nodeByKey<SubjectCode>(ctx, 'SubjectCode', subjectCodeKeyOf({ key, scheme, code }), info);
  }

  @Query(() => SubjectCodeConnection, { description: 'A page of subjectCodes, filtered and sorted.' })
  subjectCodes(
    @Arg('where', () => SubjectCodeWhere, { nullable: true }) where: SubjectCodeWhere | undefined,
    @Arg('orderBy', () => [SubjectCodeOrderBy], { nullable: true }) orderBy: SubjectCodeOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubjectCodeConnection> {
    return listConnection<SubjectCode>(ctx, 'SubjectCode', { where, orderBy, page }, info);
  }

  @FieldResolver(() => SubjectCode, { nullable: true, description: 'The code one level up (prefix rule: 20801 for 2080116).' })
  parent(@Root() root: SubjectCode, @Ctx() ctx: Context): Promise<SubjectCode | null> {
    return ctx.loaders.one<SubjectCode>('subject-code-parent', root.key);
  }

  @FieldResolver(() => [SubjectCode], { description: 'Codes one level down.' })
  children(
    @Root() root: SubjectCode,
    @Arg('where', () => SubjectCodeWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: SubjectCodeWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<SubjectCode[]> {
    return where ? ctx.loaders.manyWhere<SubjectCode>('SubjectCode', 'children', where, root.key) : ctx.loaders.many<SubjectCode>('subject-code-children', root.key);
  }

  @FieldResolver(() => [Fact], { description: 'Money facts booked under this code.' })
  facts(
    @Root() root: SubjectCode,
    @Arg('where', () => FactWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: FactWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Fact[]> {
    return where ? ctx.loaders.manyWhere<Fact>('SubjectCode', 'facts', where, root.key) : ctx.loaders.many<Fact>('subject-code-facts', root.key);
  }

  @FieldResolver(() => [TransferPayment], { description: 'Transfer payments under this code.' })
  transfers(
    @Root() root: SubjectCode,
    @Arg('where', () => TransferPaymentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: TransferPaymentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<TransferPayment[]> {
    return where ? ctx.loaders.manyWhere<TransferPayment>('SubjectCode', 'transfers', where, root.key) : ctx.loaders.many<TransferPayment>('subject-code-transfers', root.key);
  }

  @FieldResolver(() => [Document], { description: 'Documents that use this code.' })
  documents(
    @Root() root: SubjectCode,
    @Arg('where', () => DocumentWhere, { nullable: true, description: 'Only the related nodes matching this.' }) where: DocumentWhere | undefined,
    @Ctx() ctx: Context,
  ): Promise<Document[]> {
    return where ? ctx.loaders.manyWhere<Document>('SubjectCode', 'documents', where, root.key) : ctx.loaders.many<Document>('subject-code-documents', root.key);
  }
}
