import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';
import { DocumentRef } from './document-ref.type.js';
import { PrintedCell } from './printed-cell.type.js';

@ObjectType({ description: 'A fact an issue involves, where it was printed. Money in 万元.' })
export class InvolvedFact extends PrintedCell {
  @Field(() => String, { nullable: true, description: 'Unit as printed (万元, 亿元).' })
  unitRaw!: string | null;

  @Field(() => String, { nullable: true })
  subjectCode!: string | null;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({ description: 'A violation found while reading or checking a document; never fixed, only reported.' })
export class ValidationIssueRow {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'PARSE or VALIDATION.' })
  stage!: string;

  @Field(() => String, { description: 'e.g. CROSS_TABLE_TOTAL, PARENT_EQUALS_CHILDREN, BASIC_PLUS_PROJECT, STATED_CHANGE.' })
  rule!: string;

  @Field(() => String, { description: 'ERROR, WARNING or INFO.' })
  severity!: string;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'In unit (万元).' })
  expected!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'In unit (万元).' })
  actual!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'actual − expected.' })
  difference!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the table the issue is about.' })
  table!: string | null;

  @Field(() => Int, { nullable: true })
  startLine!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;

  @Field(() => DocumentRef)
  document!: DocumentRef;

  @Field(() => [InvolvedFact], { description: 'The facts compared, in line order.' })
  facts!: InvolvedFact[];
}
