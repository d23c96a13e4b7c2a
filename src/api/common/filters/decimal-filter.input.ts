import { Field, InputType } from 'type-graphql';
import { DecimalScalar } from '../decimal.scalar.js';

@InputType({
  description:
    'Conditions on a decimal field (money in 万元, targets); all given conditions must hold. Compared exactly, not as floats: ' +
    'values with up to 6 decimal places ("17513", "17513.00" and "17513.000000" are equal).',
})
export class DecimalFilter {
  @Field(() => DecimalScalar, { nullable: true })
  equals?: string;

  @Field(() => [DecimalScalar], { nullable: true })
  in?: string[];

  @Field(() => DecimalScalar, { nullable: true })
  gt?: string;

  @Field(() => DecimalScalar, { nullable: true })
  gte?: string;

  @Field(() => DecimalScalar, { nullable: true })
  lt?: string;

  @Field(() => DecimalScalar, { nullable: true })
  lte?: string;
}
