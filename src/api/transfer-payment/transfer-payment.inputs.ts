import { Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { GovernmentWhere } from '../government/government.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { SubjectCodeWhere } from '../subject-code/subject-code.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';

@InputType({ description: 'Conditions on TransferPayment nodes; all given conditions must hold.' })
export class TransferPaymentWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  payerName?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  recipientName?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subjectCode?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subjectName?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  sourceBudget?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  transferType?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  projectName?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  amount?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unit?: StringFilter;

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

  @Field(() => GovernmentWhere, { nullable: true, description: 'At least one related node (recipient) matches.' })
  recipientSome?: Lazy<GovernmentWhere>;

  @Field(() => GovernmentWhere, { nullable: true, description: 'No related node (recipient) matches (also true when there is none).' })
  recipientNone?: Lazy<GovernmentWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'At least one related node (payerUnit) matches.' })
  payerUnitSome?: Lazy<UnitWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'No related node (payerUnit) matches (also true when there is none).' })
  payerUnitNone?: Lazy<UnitWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (payerDepartment) matches.' })
  payerDepartmentSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (payerDepartment) matches (also true when there is none).' })
  payerDepartmentNone?: Lazy<DepartmentWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'At least one related node (code) matches.' })
  codeSome?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'No related node (code) matches (also true when there is none).' })
  codeNone?: Lazy<SubjectCodeWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (fundedBudgets) matches.' })
  fundedBudgetsSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (fundedBudgets) matches (also true when there is none).' })
  fundedBudgetsNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => [TransferPaymentWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<TransferPaymentWhere>[];

  @Field(() => [TransferPaymentWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<TransferPaymentWhere>[];

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<TransferPaymentWhere>;
}

/** Sortable fields of TransferPayment: the enum's values are the field names of the graph's entity spec. */
export enum TransferPaymentSortField {
  KEY = 'key',
  PAYER_NAME = 'payerName',
  RECIPIENT_NAME = 'recipientName',
  SUBJECT_CODE = 'subjectCode',
  SUBJECT_NAME = 'subjectName',
  SOURCE_BUDGET = 'sourceBudget',
  TRANSFER_TYPE = 'transferType',
  PROJECT_NAME = 'projectName',
  AMOUNT = 'amount',
  UNIT = 'unit',
  YEAR = 'year',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(TransferPaymentSortField, { name: 'TransferPaymentSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class TransferPaymentOrderBy {
  @Field(() => TransferPaymentSortField)
  field!: TransferPaymentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
