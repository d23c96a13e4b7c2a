import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'Something that does not add up (VALIDATION) or could not be read (PARSE), with the facts involved.' })
export class ValidationIssue {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'PARSE or VALIDATION.' })
  stage!: string;

  @Field(() => String, { description: 'Rule or parse code, e.g. CROSS_TABLE_TOTAL.' })
  rule!: string;

  @Field(() => String, { description: 'ERROR, WARNING or INFO.' })
  severity!: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Expected amount, 万元.' })
  expected?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Actual amount, 万元.' })
  actual?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'actual − expected, 万元.' })
  difference?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the amounts (万元).' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Table concerned.' })
  table?: string | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of ValidationIssue nodes (Relay connection).' })
export class ValidationIssueConnection extends Connection(ValidationIssue) {}
