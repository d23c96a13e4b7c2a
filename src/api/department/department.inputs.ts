import { Field, InputType, registerEnumType } from 'type-graphql';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { GovernmentWhere } from '../government/government.inputs.js';
import { ProjectWhere } from '../project/project.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';

@InputType({ description: 'Conditions on Department nodes; all given conditions must hold.' })
export class DepartmentWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => GovernmentWhere, { nullable: true, description: 'At least one related node (government) matches.' })
  governmentSome?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'No related node (government) matches (also true when there is none).' })
  governmentNone?: Lazy<GovernmentWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'At least one related node (units) matches.' })
  unitsSome?: Lazy<UnitWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'No related node (units) matches (also true when there is none).' })
  unitsNone?: Lazy<UnitWhere>;

  @Field(() => ProjectWhere, { nullable: true, description: 'At least one related node (projects) matches.' })
  projectsSome?: Lazy<ProjectWhere>;

  @Field(() => ProjectWhere, { nullable: true, description: 'No related node (projects) matches (also true when there is none).' })
  projectsNone?: Lazy<ProjectWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (documents) matches.' })
  documentsSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (documents) matches (also true when there is none).' })
  documentsNone?: Lazy<DocumentWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfersPaid) matches.' })
  transfersPaidSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfersPaid) matches (also true when there is none).' })
  transfersPaidNone?: Lazy<TransferPaymentWhere>;

  @Field(() => [DepartmentWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<DepartmentWhere>[];

  @Field(() => [DepartmentWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<DepartmentWhere>[];

  @Field(() => DepartmentWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<DepartmentWhere>;
}

/** Sortable fields of Department: the enum's values are the field names of the graph's entity spec. */
export enum DepartmentSortField {
  KEY = 'key',
  NAME = 'name',
}

registerEnumType(DepartmentSortField, { name: 'DepartmentSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class DepartmentOrderBy {
  @Field(() => DepartmentSortField)
  field!: DepartmentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
