import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'A money fact: one number of one table cell, with its row, column and source line.' })
export class Fact {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => DecimalScalar, { description: 'The amount (金额), exact, in 万元 (see unit).' })
  amount!: string;

  @Field(() => String, { description: 'Unit of the money fields: always 万元 (10,000 CNY).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'The amount as printed.' })
  amountRaw?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit as printed (万元 or 亿元).' })
  unitRaw?: string | null;

  @Field(() => Int, { nullable: true, description: 'Fiscal year of the figure.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'REVENUE (收入) or EXPENDITURE (支出).' })
  direction?: string | null;

  @Field(() => String, { nullable: true, description: 'TOTAL, BASIC (基本支出), PROJECT (项目支出), PERSONNEL (人员经费), OPERATING (公用经费), OVERSEAS_TRAVEL, RECEPTION, VEHICLES …' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Source of funds (资金来源) as printed.' })
  sourceOfFunds?: string | null;

  @Field(() => String, { nullable: true, description: "Scheme of the row's subject code (FUNCTIONAL / ECONOMIC)." })
  subjectScheme?: string | null;

  @Field(() => String, { nullable: true, description: "The row's subject code (科目编码) as a string." })
  subjectCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Row position in the table.' })
  rowIndex?: number | null;

  @Field(() => String, { nullable: true, description: 'Row label as printed.' })
  rowLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Column header path, joined by /.' })
  column?: string | null;

  @Field(() => Boolean, { description: 'A 合计/小计 row or a parent whose children are listed: never add it to its children.' })
  isSubtotal!: boolean;

  @Field(() => String, { nullable: true, description: 'Role of the table it comes from.' })
  tableRole?: string | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Fact nodes (Relay connection).' })
export class FactConnection extends Connection(Fact) {}
