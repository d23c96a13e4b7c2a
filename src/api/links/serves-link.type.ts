import { Field, ObjectType } from 'type-graphql';
import type { RelationName } from '../../graph/queries/api-relations.js';
import type { Lazy } from '../common/lazy.js';
import type { Context } from '../context.js';
import { PlanIndicator } from '../plan-indicator/plan-indicator.type.js';
import { Target } from '../target/target.type.js';
import { inferredOf } from './inferred-link.js';
import { detached } from '../prefetch/nested-fetch.js';

@ObjectType({ description: 'A work target serving a plan indicator (SERVES); always inferred (NAME_PREFIX_AND_PERIOD).' })
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

/** SERVES links of a target (to plan indicators) or of a plan indicator (from targets). */
export async function servesLinks(ctx: Context, relation: RelationName, root: Target | PlanIndicator): Promise<ServesLink[]> {
  if (relation.startsWith('target-')) {
    const items = await ctx.loaders.links<PlanIndicator>(relation, root.key);
    return items.map((i) => ({ ...inferredOf(i.link), target: detached(root as Target), planIndicator: i.node }));
  }
  const items = await ctx.loaders.links<Target>(relation, root.key);
  return items.map((i) => ({ ...inferredOf(i.link), target: i.node, planIndicator: detached(root as PlanIndicator) }));
}
