import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';

@ObjectType({ simpleResolvers: true, description: 'A plan indicator (规划指标) of a five-year plan panel (专栏): base and target values as printed.' })
export class PlanIndicator {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'Panel (专栏) title.' })
  panel?: string | null;

  @Field(() => String, { description: 'Indicator name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Unit of measure.' })
  unitOfMeasure?: string | null;

  @Field(() => String, { nullable: true, description: 'Base-year value (基期值) as printed (may be a ratio such as 13: 39: 48).' })
  baseValue?: string | null;

  @Field(() => Int, { nullable: true, description: 'Base year (基期).' })
  baseYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Target value as printed.' })
  targetValue?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target year.' })
  targetYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Bound of the target (e.g. < for <5), when printed.' })
  targetOperator?: string | null;

  @Field(() => String, { nullable: true, description: 'Actual value reached, when printed.' })
  actualValue?: string | null;

  @Field(() => Boolean, { description: 'True for a total over the plan period ([60] in brackets).' })
  cumulative!: boolean;

  @Field(() => String, { nullable: true, description: 'INDICATIVE (预期性) or BINDING (约束性).' })
  nature?: string | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of PlanIndicator nodes (Relay connection).' })
export class PlanIndicatorConnection extends Connection(PlanIndicator) {}
