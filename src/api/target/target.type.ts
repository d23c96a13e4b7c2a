import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: "A numeric target stated in prose, e.g. a year's work target (城镇新增就业 12 万人)." })
export class Target {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'What the target is about.' })
  subject!: string;

  @Field(() => String, { description: 'The sentence as printed.' })
  text!: string;

  @Field(() => String, { nullable: true, description: '>=, <=, = …' })
  operator?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target value, exact.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of measure.' })
  unitOfMeasure?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the target.' })
  year?: number | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Target nodes (Relay connection).' })
export class TargetConnection extends Connection(Target) {}
