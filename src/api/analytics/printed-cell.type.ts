import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';

/**
 * The fields every traced number shares: the figure, where in its table it was printed and the
 * source lines. Provenance and InvolvedFact extend it; being abstract and returned by no field,
 * it is not a type of the emitted schema. Money in `unit` (万元 unless stated).
 */
@ObjectType()
export abstract class PrintedCell {
  @Field(() => String)
  key!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The figure (amount, total funds, target …) in unit.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'As printed.' })
  amountRaw!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true })
  tableTitle!: string | null;

  @Field(() => String, { nullable: true })
  tableRole!: string | null;

  @Field(() => String, { nullable: true })
  rowLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Header path joined by /.' })
  column!: string | null;

  @Field(() => Int, { nullable: true })
  startLine!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;

  @Field(() => String, { nullable: true, description: 'Source text of the lines.' })
  raw!: string | null;
}
