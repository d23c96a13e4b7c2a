import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: "A figure stated in prose (e.g. 收入预算为 198,260.91 万元, 比上年增加 …), kept beside the tables' figures." })
export class StatedFigure {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'What the figure is about.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Subject code named with it.' })
  subjectCode?: string | null;

  @Field(() => DecimalScalar, { description: 'Amount, 万元.' })
  amount!: string;

  @Field(() => DecimalScalar, { nullable: true, description: "Last year's amount, 万元, when stated." })
  previousAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Change against last year (比上年增减), 万元.' })
  change?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Change in percent (增长 %).' })
  changePercent?: string | null;

  @Field(() => String, { description: 'Unit of the money fields: always 万元 (10,000 CNY).' })
  unit!: string;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of StatedFigure nodes (Relay connection).' })
export class StatedFigureConnection extends Connection(StatedFigure) {}
