import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../common/list-connection.js';
import { nodeByKey } from '../common/node-by-key.js';
import { PageArgs } from '../common/page-args.js';
import type { Context } from '../context.js';
import { Department } from '../department/department.type.js';
import { Document } from '../document/document.type.js';
import { Government } from '../government/government.type.js';
import { SubjectCode } from '../subject-code/subject-code.type.js';
import { Unit } from '../unit/unit.type.js';
import { FundsLink } from '../links/funds-link.type.js';
import { resolveLinks } from '../links/link-fields.js';
import { TransferPaymentOrderBy, TransferPaymentWhere } from './transfer-payment.inputs.js';
import { TransferPayment, TransferPaymentConnection } from './transfer-payment.type.js';

@Resolver(() => TransferPayment)
export class TransferPaymentResolver {
  @Query(() => TransferPayment, { nullable: true, description: 'The TransferPayment with this key, or null when there is none.' })
  transferPayment(@Arg('key', () => String) key: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TransferPayment | null> {
    return nodeByKey<TransferPayment>(ctx, 'TransferPayment', key, info);
  }

  @Query(() => TransferPaymentConnection, { description: 'A page of transferPayments, filtered and sorted.' })
  transferPayments(
    @Arg('where', () => TransferPaymentWhere, { nullable: true }) where: TransferPaymentWhere | undefined,
    @Arg('orderBy', () => [TransferPaymentOrderBy], { nullable: true }) orderBy: TransferPaymentOrderBy[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TransferPaymentConnection> {
    return listConnection<TransferPayment>(ctx, 'TransferPayment', { where, orderBy, page }, info);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document (文件) this was read from.' })
  document(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<Document | null> {
    return ctx.loaders.one<Document>('transfer-payment-document', root.key);
  }

  // Not named `recipient`: type-graphql binds a field resolver to the class property of the same
  // name, and the property `recipient` is the printed name (schema field `recipientName`).
  @FieldResolver(() => Government, { name: 'recipient', nullable: true, description: 'The receiving government.' })
  recipientGovernment(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<Government | null> {
    return ctx.loaders.one<Government>('transfer-payment-recipient', root.key);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The paying budget unit, when a unit pays.' })
  payerUnit(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.one<Unit>('transfer-payment-payer-unit', root.key);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The paying department, when the department itself pays.' })
  payerDepartment(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<Department | null> {
    return ctx.loaders.one<Department>('transfer-payment-payer-department', root.key);
  }

  @FieldResolver(() => SubjectCode, { nullable: true, description: 'The subject code (科目) node.' })
  code(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<SubjectCode | null> {
    return ctx.loaders.one<SubjectCode>('transfer-payment-code', root.key);
  }

  @FieldResolver(() => [FundsLink], { description: 'Project budgets this transfer funds (FUNDS), stated or inferred (inferred + method).' })
  fundedBudgets(@Root() root: TransferPayment, @Ctx() ctx: Context): Promise<FundsLink[]> {
    return resolveLinks<FundsLink>(ctx, 'TransferPayment.fundedBudgets', root);
  }
}
