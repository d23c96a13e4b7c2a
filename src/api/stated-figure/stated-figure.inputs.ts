import { Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';

@InputType({ description: 'Conditions on StatedFigure nodes; all given conditions must hold.' })
export class StatedFigureWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subject?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subjectCode?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  amount?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  previousAmount?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  change?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  changePercent?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unit?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => [StatedFigureWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<StatedFigureWhere>[];

  @Field(() => [StatedFigureWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<StatedFigureWhere>[];

  @Field(() => StatedFigureWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<StatedFigureWhere>;
}

/** Sortable fields of StatedFigure: the enum's values are the field names of the graph's entity spec. */
export enum StatedFigureSortField {
  KEY = 'key',
  SUBJECT = 'subject',
  SUBJECT_CODE = 'subjectCode',
  AMOUNT = 'amount',
  PREVIOUS_AMOUNT = 'previousAmount',
  CHANGE = 'change',
  CHANGE_PERCENT = 'changePercent',
  UNIT = 'unit',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(StatedFigureSortField, { name: 'StatedFigureSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class StatedFigureOrderBy {
  @Field(() => StatedFigureSortField)
  field!: StatedFigureSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
