import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type.js';
import { DecimalScalar } from '../common/decimal.scalar.js';

@ObjectType({ simpleResolvers: true, description: 'A performance indicator (绩效指标) of a project budget, a department or a fund: 一级/二级/三级 levels, operator and target.' })
export class Indicator {
  @Field(() => String, { description: 'Stable identity of the node (its graph key).' })
  key!: string;

  @Field(() => String, { description: 'PROJECT, DEPARTMENT (部门整体) or FUND.' })
  scope!: string;

  @Field(() => String, { nullable: true, description: 'Level-1 indicator (一级指标): 产出, 效益, 满意度, 成本.' })
  level1?: string | null;

  @Field(() => String, { nullable: true, description: 'Level-2 indicator (二级指标), e.g. 数量指标, 服务对象满意度指标.' })
  level2?: string | null;

  @Field(() => String, { description: 'Level-3 indicator (三级指标) name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '>=, <=, =, >, < or QUALITATIVE (定性).' })
  operator?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Target value (指标值), exact; null when qualitative.' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of measure (计量单位), e.g. %, 人, 万人.' })
  unitOfMeasure?: string | null;

  @Field(() => String, { nullable: true, description: 'The target as printed, e.g. ≥90%.' })
  targetRaw?: string | null;

  @Field(() => Int, { nullable: true, description: 'Fiscal year.' })
  year?: number | null;

  @Field(() => Int, { description: 'First line (1-based) of the source text this came from.' })
  startLine!: number;

  @Field(() => Int, { description: 'Last line (inclusive) of the source text.' })
  endLine!: number;

  @Field(() => String, { nullable: true, description: 'The source text of those lines, as extracted.' })
  raw?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of Indicator nodes (Relay connection).' })
export class IndicatorConnection extends Connection(Indicator) {}
