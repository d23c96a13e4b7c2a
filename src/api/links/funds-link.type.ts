import { Field, ObjectType } from 'type-graphql';
import type { Lazy } from '../common/lazy.js';
import { ProjectBudget } from '../project-budget/project-budget.type.js';
import { TransferPayment } from '../transfer-payment/transfer-payment.type.js';

@ObjectType({ simpleResolvers: true, description: 'A transfer payment funding a project budget (FUNDS): stated by the document, or inferred (e.g. INFERRED_AMOUNT_MATCH).' })
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
