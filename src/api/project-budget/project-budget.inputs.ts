import { Field, InputType, registerEnumType } from 'type-graphql';
import { BooleanFilter } from '../common/filters/boolean-filter.input.js';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { GovernmentWhere } from '../government/government.inputs.js';
import { IndicatorWhere } from '../indicator/indicator.inputs.js';
import { ProjectWhere } from '../project/project.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';

@InputType({ description: 'Conditions on ProjectBudget nodes; all given conditions must hold.' })
export class ProjectBudgetWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  name?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  year?: IntFilter;

  @Field(() => DecimalFilter, { nullable: true })
  totalFunds?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  fiscalFunds?: DecimalFilter;

  @Field(() => DecimalFilter, { nullable: true })
  otherFunds?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unit?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  period?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  basis?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  goalText?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  disbursementPlan?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  supervisingDepartment?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true })
  isTransfer?: BooleanFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => ProjectWhere, { nullable: true, description: 'At least one related node (project) matches.' })
  projectSome?: Lazy<ProjectWhere>;

  @Field(() => ProjectWhere, { nullable: true, description: 'No related node (project) matches (also true when there is none).' })
  projectNone?: Lazy<ProjectWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'At least one related node (implementingUnit) matches.' })
  implementingUnitSome?: Lazy<UnitWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'No related node (implementingUnit) matches (also true when there is none).' })
  implementingUnitNone?: Lazy<UnitWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'At least one related node (recipients) matches.' })
  recipientsSome?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'No related node (recipients) matches (also true when there is none).' })
  recipientsNone?: Lazy<GovernmentWhere>;

  @Field(() => IndicatorWhere, { nullable: true, description: 'At least one related node (indicators) matches.' })
  indicatorsSome?: Lazy<IndicatorWhere>;

  @Field(() => IndicatorWhere, { nullable: true, description: 'No related node (indicators) matches (also true when there is none).' })
  indicatorsNone?: Lazy<IndicatorWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfers) matches.' })
  transfersSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfers) matches (also true when there is none).' })
  transfersNone?: Lazy<TransferPaymentWhere>;

  @Field(() => [ProjectBudgetWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<ProjectBudgetWhere>[];

  @Field(() => [ProjectBudgetWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<ProjectBudgetWhere>[];

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<ProjectBudgetWhere>;
}

/** Sortable fields of ProjectBudget: the enum's values are the field names of the graph's entity spec. */
export enum ProjectBudgetSortField {
  KEY = 'key',
  NAME = 'name',
  YEAR = 'year',
  TOTAL_FUNDS = 'totalFunds',
  FISCAL_FUNDS = 'fiscalFunds',
  OTHER_FUNDS = 'otherFunds',
  UNIT = 'unit',
  PERIOD = 'period',
  BASIS = 'basis',
  GOAL_TEXT = 'goalText',
  DISBURSEMENT_PLAN = 'disbursementPlan',
  SUPERVISING_DEPARTMENT = 'supervisingDepartment',
  IS_TRANSFER = 'isTransfer',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(ProjectBudgetSortField, { name: 'ProjectBudgetSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class ProjectBudgetOrderBy {
  @Field(() => ProjectBudgetSortField)
  field!: ProjectBudgetSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
