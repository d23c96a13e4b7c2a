import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';
import { Direction, MoneyKind, SpendingType, TableRole } from './analytics-enums.js';
import { CodeName, KeyName } from './key-name.type.js';

@ObjectType({ description: 'One group of an aggregation: the grouped dimensions (null when not grouped, or when a fact has no value) and the exact sum.' })
export class AggregateRow {
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => KeyName, { nullable: true, description: 'Key and title of the document.' })
  document!: KeyName | null;

  @Field(() => KeyName, { nullable: true })
  department!: KeyName | null;

  @Field(() => KeyName, { nullable: true, description: 'The budget unit; null for facts of the whole department.' })
  unit!: KeyName | null;

  @Field(() => CodeName, { nullable: true, description: 'Functional code at the grouped level (类/款/项).' })
  functionalCode!: CodeName | null;

  @Field(() => CodeName, { nullable: true })
  economicCode!: CodeName | null;

  @Field(() => String, { nullable: true })
  fundSource!: string | null;

  @Field(() => MoneyKind, { nullable: true })
  kind!: string | null;

  @Field(() => SpendingType, { nullable: true })
  spendingType!: string | null;

  @Field(() => Direction, { nullable: true })
  direction!: string | null;

  @Field(() => TableRole, { nullable: true })
  tableRole!: string | null;

  @Field(() => DecimalScalar, { description: 'Exact sum of the leaf facts, 万元.' })
  total!: string;

  @Field(() => String, { description: 'Unit of total: 万元 (10,000 CNY).' })
  amountUnit!: string;

  @Field(() => Int, { description: 'Number of facts added.' })
  factCount!: number;

  @Field(() => [String], { description: 'Keys of the facts added (trace each with provenance(key)).' })
  factKeys!: string[];
}
