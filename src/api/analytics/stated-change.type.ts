import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ description: 'A figure stated in prose with its change against last year (比上年增加 X 万元, 增长 Y%), checked.' })
export class StatedChange {
  @Field(() => String)
  key!: string;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true })
  subjectCode!: string | null;

  @Field(() => String)
  documentKey!: string;

  @Field(() => String, { nullable: true })
  documentTitle!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'This year, 万元, as stated.' })
  amount!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Stated change, 万元.' })
  change!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Stated percentage.' })
  statedPercent!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Last year, 万元: as stated, else amount − change.' })
  previousAmount!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'change / previousAmount × 100, half-up to 2 decimals.' })
  recomputedPercent!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Recomputed equals stated; null when either is missing.' })
  percentAgrees!: boolean | null;

  @Field(() => Int, { nullable: true })
  startLine!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;

  @Field(() => String, { nullable: true, description: 'The source sentence.' })
  raw!: string | null;
}
