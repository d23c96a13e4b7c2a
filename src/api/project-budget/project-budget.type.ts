import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: "A project in one document's year (项目绩效目标表): funds, period, goal and indicators." })
export class ProjectBudget {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'Project name as printed in this document.' })
  name!: string;

  @Field(() => Int, { description: 'Fiscal year.' })
  year!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Total funds (资金总额), 万元.' })
  totalFunds?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fiscal appropriation (财政拨款), 万元.' })
  fiscalFunds?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Other funds (其他资金), 万元.' })
  otherFunds?: string | null;

  @Field(() => String, { description: 'Unit of the money fields: always 万元 (10,000 CNY).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'Implementation period (实施期限).' })
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Basis of the project (立项依据).' })
  basis?: string | null;

  @Field(() => String, { nullable: true, description: 'Annual performance goal (年度绩效目标) as printed.' })
  goalText?: string | null;

  @Field(() => String, { nullable: true, description: 'Disbursement plan (资金投入计划).' })
  disbursementPlan?: string | null;

  @Field(() => String, { nullable: true, description: 'Supervising department (主管部门) as printed.' })
  supervisingDepartment?: string | null;

  @Field(() => Boolean, { description: 'True when the money is transferred to lower governments (对下转移支付).' })
  isTransfer!: boolean;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of ProjectBudget nodes (Relay connection).' })
export class ProjectBudgetConnection extends Connection(ProjectBudget) {}
