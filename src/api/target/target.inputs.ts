import { Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { PlanIndicatorWhere } from '../plan-indicator/plan-indicator.inputs.js';

@InputType({ description: 'Conditions on Target nodes; all given conditions must hold.' })
export class TargetWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subject?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  text?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  operator?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  value?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unitOfMeasure?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  year?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => PlanIndicatorWhere, { nullable: true, description: 'At least one related node (planIndicators) matches.' })
  planIndicatorsSome?: Lazy<PlanIndicatorWhere>;

  @Field(() => PlanIndicatorWhere, { nullable: true, description: 'No related node (planIndicators) matches (also true when there is none).' })
  planIndicatorsNone?: Lazy<PlanIndicatorWhere>;

  @Field(() => [TargetWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<TargetWhere>[];

  @Field(() => [TargetWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<TargetWhere>[];

  @Field(() => TargetWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<TargetWhere>;
}

/** Sortable fields of Target: the enum's values are the field names of the graph's entity spec. */
export enum TargetSortField {
  KEY = 'key',
  SUBJECT = 'subject',
  TEXT = 'text',
  OPERATOR = 'operator',
  VALUE = 'value',
  UNIT_OF_MEASURE = 'unitOfMeasure',
  YEAR = 'year',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(TargetSortField, { name: 'TargetSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class TargetOrderBy {
  @Field(() => TargetSortField)
  field!: TargetSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
