import { Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';

@InputType({ description: 'Conditions on Indicator nodes; all given conditions must hold.' })
export class IndicatorWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  scope?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  level1?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  level2?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  operator?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  target?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unitOfMeasure?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  targetRaw?: StringFilter;

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

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (projectBudget) matches.' })
  projectBudgetSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (projectBudget) matches (also true when there is none).' })
  projectBudgetNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => [IndicatorWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<IndicatorWhere>[];

  @Field(() => [IndicatorWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<IndicatorWhere>[];

  @Field(() => IndicatorWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<IndicatorWhere>;
}

/** Sortable fields of Indicator: the enum's values are the field names of the graph's entity spec. */
export enum IndicatorSortField {
  KEY = 'key',
  SCOPE = 'scope',
  LEVEL1 = 'level1',
  LEVEL2 = 'level2',
  NAME = 'name',
  OPERATOR = 'operator',
  TARGET = 'target',
  UNIT_OF_MEASURE = 'unitOfMeasure',
  TARGET_RAW = 'targetRaw',
  YEAR = 'year',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(IndicatorSortField, { name: 'IndicatorSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class IndicatorOrderBy {
  @Field(() => IndicatorSortField)
  field!: IndicatorSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
