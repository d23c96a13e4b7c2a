import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'A transfer payment (转移支付), e.g. city to districts (市对区), with payer, recipient, code and amount.' })
export class TransferPayment {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  // simple: false: the field is named apart from its property, so type-graphql's resolver reads it.
  @Field(() => String, { simple: false, name: 'payerName', description: 'Paying unit (单位名称) as printed.' })
  payer!: string;

  @Field(() => String, { simple: false, name: 'recipientName', description: 'Recipient as printed, e.g. 各区.' })
  recipient!: string;

  @Field(() => String, { nullable: true, description: 'Functional subject code (科目编码), e.g. 2080116.' })
  subjectCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject name as printed.' })
  subjectName?: string | null;

  @Field(() => String, { nullable: true, description: 'Source budget (资金性质), e.g. 一般公共预算资金.' })
  sourceBudget?: string | null;

  @Field(() => String, { nullable: true, description: '一般性转移支付 (general) or 专项转移支付 (earmarked).' })
  transferType?: string | null;

  @Field(() => String, { nullable: true, description: 'Project name (项目名称) as printed.' })
  projectName?: string | null;

  @Field(() => DecimalScalar, { description: 'Amount (金额), 万元.' })
  amount!: string;

  @Field(() => String, { description: 'Unit of the money fields: always 万元 (10,000 CNY).' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Fiscal year.' })
  year?: number | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of TransferPayment nodes (Relay connection).' })
export class TransferPaymentConnection extends Connection(TransferPayment) {}
