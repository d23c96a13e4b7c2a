import { Field, ObjectType } from 'type-graphql';
import type { RelationName } from '../../graph/queries/api-relations.js';
import type { Lazy } from '../common/lazy.js';
import type { Context } from '../context.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';
import { inferredOf } from './inferred-link.js';
import { detached } from '../prefetch/nested-fetch.js';

@ObjectType({ description: 'A transfer payment funding a project budget (FUNDS): stated by the document, or inferred (e.g. INFERRED_AMOUNT_MATCH).' })
export class FundsLink {
  @Field(() => Boolean, { description: 'True when the ingest inferred the link rather than read it.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How an inferred link was found, e.g. INFERRED_AMOUNT_MATCH (amount equals exactly one project\'s fiscal funds).' })
  method!: string | null;

  @Field(() => TransferPayment)
  transfer!: Lazy<TransferPayment>;

  @Field(() => ProjectBudget)
  projectBudget!: Lazy<ProjectBudget>;
}

/** FUNDS links of a transfer (to budgets) or of a project budget (from transfers), root on its side. */
export async function fundsLinks(ctx: Context, relation: RelationName, root: TransferPayment | ProjectBudget): Promise<FundsLink[]> {
  const rootIsTransfer = relation.startsWith('transfer-payment-');
  if (rootIsTransfer) {
    const items = await ctx.loaders.links<ProjectBudget>(relation, root.key);
    return items.map((i) => ({ ...inferredOf(i.link), transfer: detached(root as TransferPayment), projectBudget: i.node }));
  }
  const items = await ctx.loaders.links<TransferPayment>(relation, root.key);
  return items.map((i) => ({ ...inferredOf(i.link), transfer: i.node, projectBudget: detached(root as ProjectBudget) }));
}
