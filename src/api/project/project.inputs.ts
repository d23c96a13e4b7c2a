import { Field, InputType, registerEnumType } from 'type-graphql';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';

@InputType({ description: 'Conditions on Project nodes; all given conditions must hold.' })
export class ProjectWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (department) matches.' })
  departmentSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (department) matches (also true when there is none).' })
  departmentNone?: Lazy<DepartmentWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (budgets) matches.' })
  budgetsSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (budgets) matches (also true when there is none).' })
  budgetsNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => [ProjectWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<ProjectWhere>[];

  @Field(() => [ProjectWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<ProjectWhere>[];

  @Field(() => ProjectWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<ProjectWhere>;
}

/** Sortable fields of Project: the enum's values are the field names of the graph's entity spec. */
export enum ProjectSortField {
  KEY = 'key',
  NAME = 'name',
}

registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class ProjectOrderBy {
  @Field(() => ProjectSortField)
  field!: ProjectSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
