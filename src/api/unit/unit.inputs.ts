import { Field, InputType, registerEnumType } from 'type-graphql';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';

@InputType({ description: 'Conditions on Unit nodes; all given conditions must hold.' })
export class UnitWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (department) matches.' })
  departmentSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (department) matches (also true when there is none).' })
  departmentNone?: Lazy<DepartmentWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (projectBudgets) matches.' })
  projectBudgetsSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (projectBudgets) matches (also true when there is none).' })
  projectBudgetsNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfersPaid) matches.' })
  transfersPaidSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfersPaid) matches (also true when there is none).' })
  transfersPaidNone?: Lazy<TransferPaymentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (documents) matches.' })
  documentsSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (documents) matches (also true when there is none).' })
  documentsNone?: Lazy<DocumentWhere>;

  @Field(() => [UnitWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<UnitWhere>[];

  @Field(() => [UnitWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<UnitWhere>[];

  @Field(() => UnitWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<UnitWhere>;
}

/** Sortable fields of Unit: the enum's values are the field names of the graph's entity spec. */
export enum UnitSortField {
  KEY = 'key',
  NAME = 'name',
}

registerEnumType(UnitSortField, { name: 'UnitSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class UnitOrderBy {
  @Field(() => UnitSortField)
  field!: UnitSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
