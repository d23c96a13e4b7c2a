import { Field, InputType, registerEnumType } from 'type-graphql';
import { BooleanFilter } from '../common/filters/boolean-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { TargetWhere } from '../target/target.inputs.js';

@InputType({ description: 'Conditions on PlanIndicator nodes; all given conditions must hold.' })
export class PlanIndicatorWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  panel?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  unitOfMeasure?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  baseValue?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  baseYear?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  targetValue?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  targetYear?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  targetOperator?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  actualValue?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true })
  cumulative?: BooleanFilter;

  @Field(() => StringFilter, { nullable: true })
  nature?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => TargetWhere, { nullable: true, description: 'At least one related node (targets) matches.' })
  targetsSome?: Lazy<TargetWhere>;

  @Field(() => TargetWhere, { nullable: true, description: 'No related node (targets) matches (also true when there is none).' })
  targetsNone?: Lazy<TargetWhere>;

  @Field(() => [PlanIndicatorWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<PlanIndicatorWhere>[];

  @Field(() => [PlanIndicatorWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<PlanIndicatorWhere>[];

  @Field(() => PlanIndicatorWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<PlanIndicatorWhere>;
}

/** Sortable fields of PlanIndicator: the enum's values are the field names of the graph's entity spec. */
export enum PlanIndicatorSortField {
  KEY = 'key',
  PANEL = 'panel',
  NAME = 'name',
  UNIT_OF_MEASURE = 'unitOfMeasure',
  BASE_VALUE = 'baseValue',
  BASE_YEAR = 'baseYear',
  TARGET_VALUE = 'targetValue',
  TARGET_YEAR = 'targetYear',
  TARGET_OPERATOR = 'targetOperator',
  ACTUAL_VALUE = 'actualValue',
  CUMULATIVE = 'cumulative',
  NATURE = 'nature',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(PlanIndicatorSortField, { name: 'PlanIndicatorSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class PlanIndicatorOrderBy {
  @Field(() => PlanIndicatorSortField)
  field!: PlanIndicatorSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
