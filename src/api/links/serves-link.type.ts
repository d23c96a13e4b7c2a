import { Field, ObjectType } from 'type-graphql';
import type { Lazy } from '../common/lazy.js';
import { PlanIndicator } from '../plan-indicator/plan-indicator.type.js';
import { Target } from '../target/target.type.js';

@ObjectType({ simpleResolvers: true, description: 'A work target serving a plan indicator (SERVES); always inferred (NAME_PREFIX_AND_PERIOD).' })
export class ServesLink {
  @Field(() => Boolean, { description: 'True when the ingest inferred the link rather than read it.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How the link was found, e.g. NAME_PREFIX_AND_PERIOD.' })
  method!: string | null;

  @Field(() => Target)
  target!: Lazy<Target>;

  @Field(() => PlanIndicator)
  planIndicator!: Lazy<PlanIndicator>;
}
