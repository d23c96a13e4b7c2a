import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ description: 'One value of one series in one document.' })
export class ComparisonPoint {
  @Field(() => String, { description: 'What is compared: a code (FUNCTIONAL|208), project, unit or department key.' })
  subjectKey!: string;

  @Field(() => String, { nullable: true })
  subjectName!: string | null;

  @Field(() => String, { description: 'What is measured: TOTAL, REVENUE, EXPENDITURE, TOTAL_FUNDS, FISCAL_FUNDS, OTHER_FUNDS, STAFF_COUNT or an indicator name.' })
  series!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  documentKey!: string;

  @Field(() => String, { nullable: true })
  documentTitle!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The value in unitOfMeasure (money in 万元); null when the document gives no number.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'The value as printed, for targets (≥90%).' })
  raw!: string | null;

  @Field(() => String, { nullable: true })
  unitOfMeasure!: string | null;

  @Field(() => Int, { nullable: true })
  startLine!: number | null;

  @Field(() => Int, { nullable: true })
  endLine!: number | null;
}

@ObjectType({ description: 'From one point to the next of the same subject and series: year to year within a city, or document to document when all points are of one year.' })
export class ComparisonChange {
  @Field(() => String)
  subjectKey!: string;

  @Field(() => String)
  series!: string;

  @Field(() => Int)
  fromYear!: number;

  @Field(() => Int)
  toYear!: number;

  @Field(() => String)
  fromDocumentKey!: string;

  @Field(() => String)
  toDocumentKey!: string;

  @Field(() => DecimalScalar, { nullable: true })
  from!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  to!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'to − from, exact; null when either has no number.' })
  absolute!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '(to − from) / from × 100, half-up to 2 decimals; null when from is 0 or missing.' })
  percent!: string | null;
}

@ObjectType({ description: 'Points across years or documents and the changes between consecutive points.' })
export class Comparison {
  @Field(() => [ComparisonPoint])
  points!: ComparisonPoint[];

  @Field(() => [ComparisonChange])
  changes!: ComparisonChange[];
}
