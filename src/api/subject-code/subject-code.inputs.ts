import { Field, InputType, registerEnumType } from 'type-graphql';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';

@InputType({ description: 'Conditions on SubjectCode nodes; all given conditions must hold.' })
export class SubjectCodeWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  scheme?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  code?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  level?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'At least one related node (parent) matches.' })
  parentSome?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'No related node (parent) matches (also true when there is none).' })
  parentNone?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'At least one related node (children) matches.' })
  childrenSome?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'No related node (children) matches (also true when there is none).' })
  childrenNone?: Lazy<SubjectCodeWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfers) matches.' })
  transfersSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfers) matches (also true when there is none).' })
  transfersNone?: Lazy<TransferPaymentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (documents) matches.' })
  documentsSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (documents) matches (also true when there is none).' })
  documentsNone?: Lazy<DocumentWhere>;

  @Field(() => [SubjectCodeWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<SubjectCodeWhere>[];

  @Field(() => [SubjectCodeWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<SubjectCodeWhere>[];

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<SubjectCodeWhere>;
}

/** Sortable fields of SubjectCode: the enum's values are the field names of the graph's entity spec. */
export enum SubjectCodeSortField {
  KEY = 'key',
  SCHEME = 'scheme',
  CODE = 'code',
  LEVEL = 'level',
  NAME = 'name',
}

registerEnumType(SubjectCodeSortField, { name: 'SubjectCodeSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class SubjectCodeOrderBy {
  @Field(() => SubjectCodeSortField)
  field!: SubjectCodeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
