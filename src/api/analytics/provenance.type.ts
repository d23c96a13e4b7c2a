import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';
import { DocumentRef } from './document-ref.type.js';

@ObjectType({ description: 'Where a number was read: document, lines and raw text, and for a table cell its table, row and column.' })
export class Provenance {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'Fact, ProjectBudget, Indicator, TransferPayment, StatedFigure, Target, PlanIndicator or ValidationIssue.' })
  label!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure (amount, total funds, target …) in unit.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'As printed.' })
  amountRaw!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true })
  rowLabel!: string | null;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field(() => Int, { nullable: true })
  startLine!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;

  @Field(() => String, { nullable: true, description: 'Source text of the lines.' })
  raw!: string | null;

  @Field(() => String, { nullable: true })
  tableTitle!: string | null;

  @Field(() => String, { nullable: true })
  tableRole!: string | null;

  @Field(() => Int, { nullable: true })
  tableStartLine!: number | null;

  @Field(() => Int, { nullable: true })
  tableEndLine!: number | null;

  @Field(() => DocumentRef)
  document!: DocumentRef;
}
