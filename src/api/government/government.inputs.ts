import { Field, InputType, registerEnumType } from 'type-graphql';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';

@InputType({ description: 'Conditions on Government nodes; all given conditions must hold.' })
export class GovernmentWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  level?: StringFilter;

  @Field(() => GovernmentWhere, { nullable: true, description: 'At least one related node (parent) matches.' })
  parentSome?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'No related node (parent) matches (also true when there is none).' })
  parentNone?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'At least one related node (children) matches.' })
  childrenSome?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'No related node (children) matches (also true when there is none).' })
  childrenNone?: Lazy<GovernmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (departments) matches.' })
  departmentsSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (departments) matches (also true when there is none).' })
  departmentsNone?: Lazy<DepartmentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfersReceived) matches.' })
  transfersReceivedSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfersReceived) matches (also true when there is none).' })
  transfersReceivedNone?: Lazy<TransferPaymentWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (transferProjectBudgets) matches.' })
  transferProjectBudgetsSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (transferProjectBudgets) matches (also true when there is none).' })
  transferProjectBudgetsNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => [GovernmentWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<GovernmentWhere>[];

  @Field(() => [GovernmentWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<GovernmentWhere>[];

  @Field(() => GovernmentWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<GovernmentWhere>;
}

/** Sortable fields of Government: the enum's values are the field names of the graph's entity spec. */
export enum GovernmentSortField {
  KEY = 'key',
  NAME = 'name',
  LEVEL = 'level',
}

registerEnumType(GovernmentSortField, { name: 'GovernmentSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class GovernmentOrderBy {
  @Field(() => GovernmentSortField)
  field!: GovernmentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
