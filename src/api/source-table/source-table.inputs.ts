import { Field, InputType, registerEnumType } from 'type-graphql';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';

@InputType({ description: 'Conditions on SourceTable nodes; all given conditions must hold.' })
export class SourceTableWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  role?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  title?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  index?: IntFilter;

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

  @Field(() => [SourceTableWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<SourceTableWhere>[];

  @Field(() => [SourceTableWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<SourceTableWhere>[];

  @Field(() => SourceTableWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<SourceTableWhere>;
}

/** Sortable fields of SourceTable: the enum's values are the field names of the graph's entity spec. */
export enum SourceTableSortField {
  KEY = 'key',
  ROLE = 'role',
  TITLE = 'title',
  INDEX = 'index',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(SourceTableSortField, { name: 'SourceTableSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class SourceTableOrderBy {
  @Field(() => SourceTableSortField)
  field!: SourceTableSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
