import { Field, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';
import { Direction, DocumentKind, MoneyKind, SpendingType, TableRole } from './analytics-enums.js';

@InputType({ description: 'Which facts to add up. Lists mean "any of"; an absent list does not filter.' })
export class AggregateWhere {
  @Field(() => [Int], { nullable: true, description: 'Budget years of the facts.' })
  years?: number[];

  @Field(() => [String], { nullable: true, description: 'Cities, as printed (福州市).' })
  cities?: string[];

  @Field(() => [String], { nullable: true })
  documentKeys?: string[];

  @Field(() => [DocumentKind], { nullable: true, description: 'Default DEPARTMENT_BUDGET and FUND_BUDGET: a unit budget repeats its department budget\'s money, final accounts are actuals.' })
  documentKinds?: DocumentKind[];

  @Field(() => [String], { nullable: true, description: 'Issuing departments, by key or name.' })
  departments?: string[];

  @Field(() => [String], { nullable: true, description: 'Budget units, by key or name.' })
  units?: string[];

  @Field(() => [String], { nullable: true, description: 'Functional code prefixes: "208" takes everything under 类 208.' })
  functionalCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Economic code prefixes: "301" takes everything under 301.' })
  economicCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Sources of funds as printed (一般公共预算拨款, 财政专户管理资金收入 …).' })
  fundSources?: string[];

  @Field(() => [MoneyKind], { nullable: true })
  kinds?: MoneyKind[];

  @Field(() => [SpendingType], { nullable: true })
  spendingTypes?: SpendingType[];

  @Field(() => Direction, { nullable: true, description: 'Default EXPENDITURE, or both when grouped by DIRECTION.' })
  direction?: Direction | null;

  @Field(() => [TableRole], {
    nullable: true,
    description:
      'Default: per document and direction the first role that has facts, in the order EXPENDITURE_SUMMARY, GENERAL_PUBLIC_EXPENDITURE, FUND_INCOME_EXPENSE, REVENUE_EXPENDITURE_SUMMARY (expenditure) or REVENUE_SUMMARY, FUND_INCOME_EXPENSE, REVENUE_EXPENDITURE_SUMMARY (revenue). More than one role only with TABLE_ROLE in groupBy.',
  })
  tableRoles?: TableRole[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Each fact\'s amount at least this (万元).' })
  minAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Each fact\'s amount at most this (万元).' })
  maxAmount?: string | null;
}
