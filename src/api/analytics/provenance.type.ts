import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentRef } from './document-ref.type.js';
import { PrintedCell } from './printed-cell.type.js';

@ObjectType({ description: 'Where a number was read: document, lines and raw text, and for a table cell its table, row and column.' })
export class Provenance extends PrintedCell {
  @Field(() => String, { description: 'Fact, ProjectBudget, Indicator, TransferPayment, StatedFigure, Target, PlanIndicator or ValidationIssue.' })
  label!: string;

  @Field(() => Int, { nullable: true })
  tableStartLine!: number | null;

  @Field(() => Int, { nullable: true })
  tableEndLine!: number | null;

  @Field(() => DocumentRef)
  document!: DocumentRef;
}
