import { Field, InputType, registerEnumType } from 'type-graphql';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { FactWhere } from '../fact/fact.inputs.js';
import { IndicatorWhere } from '../indicator/indicator.inputs.js';
import { PlanIndicatorWhere } from '../plan-indicator/plan-indicator.inputs.js';
import { ProjectBudgetWhere } from '../project-budget/project-budget.inputs.js';
import { SourceTableWhere } from '../source-table/source-table.inputs.js';
import { StatedFigureWhere } from '../stated-figure/stated-figure.inputs.js';
import { SubjectCodeWhere } from '../subject-code/subject-code.inputs.js';
import { TargetWhere } from '../target/target.inputs.js';
import { TransferPaymentWhere } from '../transfer-payment/transfer-payment.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';
import { ValidationIssueWhere } from '../validation-issue/validation-issue.inputs.js';

@InputType({ description: 'Conditions on Document nodes; all given conditions must hold.' })
export class DocumentWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  kind?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  year?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endYear?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  issuer?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  city?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  fileName?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  contentHash?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  lineCount?: IntFilter;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (department) matches.' })
  departmentSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (department) matches (also true when there is none).' })
  departmentNone?: Lazy<DepartmentWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'At least one related node (units) matches.' })
  unitsSome?: Lazy<UnitWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'No related node (units) matches (also true when there is none).' })
  unitsNone?: Lazy<UnitWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'At least one related node (subjectCodes) matches.' })
  subjectCodesSome?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'No related node (subjectCodes) matches (also true when there is none).' })
  subjectCodesNone?: Lazy<SubjectCodeWhere>;

  @Field(() => IndicatorWhere, { nullable: true, description: 'At least one related node (indicators) matches.' })
  indicatorsSome?: Lazy<IndicatorWhere>;

  @Field(() => IndicatorWhere, { nullable: true, description: 'No related node (indicators) matches (also true when there is none).' })
  indicatorsNone?: Lazy<IndicatorWhere>;

  @Field(() => SourceTableWhere, { nullable: true, description: 'At least one related node (tables) matches.' })
  tablesSome?: Lazy<SourceTableWhere>;

  @Field(() => SourceTableWhere, { nullable: true, description: 'No related node (tables) matches (also true when there is none).' })
  tablesNone?: Lazy<SourceTableWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'At least one related node (facts) matches.' })
  factsSome?: Lazy<FactWhere>;

  @Field(() => FactWhere, { nullable: true, description: 'No related node (facts) matches (also true when there is none).' })
  factsNone?: Lazy<FactWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'At least one related node (projectBudgets) matches.' })
  projectBudgetsSome?: Lazy<ProjectBudgetWhere>;

  @Field(() => ProjectBudgetWhere, { nullable: true, description: 'No related node (projectBudgets) matches (also true when there is none).' })
  projectBudgetsNone?: Lazy<ProjectBudgetWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'At least one related node (transfers) matches.' })
  transfersSome?: Lazy<TransferPaymentWhere>;

  @Field(() => TransferPaymentWhere, { nullable: true, description: 'No related node (transfers) matches (also true when there is none).' })
  transfersNone?: Lazy<TransferPaymentWhere>;

  @Field(() => PlanIndicatorWhere, { nullable: true, description: 'At least one related node (planIndicators) matches.' })
  planIndicatorsSome?: Lazy<PlanIndicatorWhere>;

  @Field(() => PlanIndicatorWhere, { nullable: true, description: 'No related node (planIndicators) matches (also true when there is none).' })
  planIndicatorsNone?: Lazy<PlanIndicatorWhere>;

  @Field(() => TargetWhere, { nullable: true, description: 'At least one related node (targets) matches.' })
  targetsSome?: Lazy<TargetWhere>;

  @Field(() => TargetWhere, { nullable: true, description: 'No related node (targets) matches (also true when there is none).' })
  targetsNone?: Lazy<TargetWhere>;

  @Field(() => StatedFigureWhere, { nullable: true, description: 'At least one related node (statedFigures) matches.' })
  statedFiguresSome?: Lazy<StatedFigureWhere>;

  @Field(() => StatedFigureWhere, { nullable: true, description: 'No related node (statedFigures) matches (also true when there is none).' })
  statedFiguresNone?: Lazy<StatedFigureWhere>;

  @Field(() => ValidationIssueWhere, { nullable: true, description: 'At least one related node (validationIssues) matches.' })
  validationIssuesSome?: Lazy<ValidationIssueWhere>;

  @Field(() => ValidationIssueWhere, { nullable: true, description: 'No related node (validationIssues) matches (also true when there is none).' })
  validationIssuesNone?: Lazy<ValidationIssueWhere>;

  @Field(() => [DocumentWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<DocumentWhere>[];

  @Field(() => [DocumentWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<DocumentWhere>[];

  @Field(() => DocumentWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<DocumentWhere>;
}

/** Sortable fields of Document: the enum's values are the field names of the graph's entity spec. */
export enum DocumentSortField {
  KEY = 'key',
  KIND = 'kind',
  YEAR = 'year',
  END_YEAR = 'endYear',
  ISSUER = 'issuer',
  CITY = 'city',
  TITLE = 'title',
  FILE_NAME = 'fileName',
  CONTENT_HASH = 'contentHash',
  LINE_COUNT = 'lineCount',
}

registerEnumType(DocumentSortField, { name: 'DocumentSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class DocumentOrderBy {
  @Field(() => DocumentSortField)
  field!: DocumentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
