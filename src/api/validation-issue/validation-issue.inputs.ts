import { Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';

@InputType({ description: 'Conditions on ValidationIssue nodes; all given conditions must hold.' })
export class ValidationIssueWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  stage?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  rule?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  severity?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  message?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  expected?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  actual?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  difference?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unit?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  table?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => [ValidationIssueWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<ValidationIssueWhere>[];

  @Field(() => [ValidationIssueWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<ValidationIssueWhere>[];

  @Field(() => ValidationIssueWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<ValidationIssueWhere>;
}

/** Sortable fields of ValidationIssue: the enum's values are the field names of the graph's entity spec. */
export enum ValidationIssueSortField {
  KEY = 'key',
  STAGE = 'stage',
  RULE = 'rule',
  SEVERITY = 'severity',
  MESSAGE = 'message',
  EXPECTED = 'expected',
  ACTUAL = 'actual',
  DIFFERENCE = 'difference',
  UNIT = 'unit',
  TABLE = 'table',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(ValidationIssueSortField, { name: 'ValidationIssueSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class ValidationIssueOrderBy {
  @Field(() => ValidationIssueSortField)
  field!: ValidationIssueSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
