import { Field, InputType, registerEnumType } from 'type-graphql';
import { BooleanFilter } from '../common/filters/boolean-filter.input.js';
import { DecimalFilter } from '../common/filters/decimal-filter.input.js';
import { IntFilter } from '../common/filters/int-filter.input.js';
import { StringFilter } from '../common/filters/string-filter.input.js';
import type { Lazy } from '../common/lazy.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { DepartmentWhere } from '../department/department.inputs.js';
import { DocumentWhere } from '../document/document.inputs.js';
import { FundSourceWhere } from '../fund-source/fund-source.inputs.js';
import { SourceTableWhere } from '../source-table/source-table.inputs.js';
import { SubjectCodeWhere } from '../subject-code/subject-code.inputs.js';
import { UnitWhere } from '../unit/unit.inputs.js';
import { ValidationIssueWhere } from '../validation-issue/validation-issue.inputs.js';

@InputType({ description: 'Conditions on Fact nodes; all given conditions must hold.' })
export class FactWhere {
  @Field(() => StringFilter, { nullable: true })
  key?: StringFilter;

  @Field(() => DecimalFilter, { nullable: true })
  amount?: DecimalFilter;

  @Field(() => StringFilter, { nullable: true })
  unit?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  amountRaw?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  unitRaw?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  year?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  direction?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  kind?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  sourceOfFunds?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subjectScheme?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  subjectCode?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  rowIndex?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  rowLabel?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  column?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true })
  isSubtotal?: BooleanFilter;

  @Field(() => StringFilter, { nullable: true })
  tableRole?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  startLine?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  endLine?: IntFilter;

  @Field(() => DocumentWhere, { nullable: true, description: 'At least one related node (document) matches.' })
  documentSome?: Lazy<DocumentWhere>;

  @Field(() => DocumentWhere, { nullable: true, description: 'No related node (document) matches (also true when there is none).' })
  documentNone?: Lazy<DocumentWhere>;

  @Field(() => SourceTableWhere, { nullable: true, description: 'At least one related node (table) matches.' })
  tableSome?: Lazy<SourceTableWhere>;

  @Field(() => SourceTableWhere, { nullable: true, description: 'No related node (table) matches (also true when there is none).' })
  tableNone?: Lazy<SourceTableWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'At least one related node (code) matches.' })
  codeSome?: Lazy<SubjectCodeWhere>;

  @Field(() => SubjectCodeWhere, { nullable: true, description: 'No related node (code) matches (also true when there is none).' })
  codeNone?: Lazy<SubjectCodeWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'At least one related node (budgetUnit) matches.' })
  budgetUnitSome?: Lazy<UnitWhere>;

  @Field(() => UnitWhere, { nullable: true, description: 'No related node (budgetUnit) matches (also true when there is none).' })
  budgetUnitNone?: Lazy<UnitWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'At least one related node (department) matches.' })
  departmentSome?: Lazy<DepartmentWhere>;

  @Field(() => DepartmentWhere, { nullable: true, description: 'No related node (department) matches (also true when there is none).' })
  departmentNone?: Lazy<DepartmentWhere>;

  @Field(() => FundSourceWhere, { nullable: true, description: 'At least one related node (fundSource) matches.' })
  fundSourceSome?: Lazy<FundSourceWhere>;

  @Field(() => FundSourceWhere, { nullable: true, description: 'No related node (fundSource) matches (also true when there is none).' })
  fundSourceNone?: Lazy<FundSourceWhere>;

  @Field(() => ValidationIssueWhere, { nullable: true, description: 'At least one related node (validationIssues) matches.' })
  validationIssuesSome?: Lazy<ValidationIssueWhere>;

  @Field(() => ValidationIssueWhere, { nullable: true, description: 'No related node (validationIssues) matches (also true when there is none).' })
  validationIssuesNone?: Lazy<ValidationIssueWhere>;

  @Field(() => [FactWhere], { nullable: true, description: 'All of these hold.' })
  AND?: Lazy<FactWhere>[];

  @Field(() => [FactWhere], { nullable: true, description: 'At least one of these holds.' })
  OR?: Lazy<FactWhere>[];

  @Field(() => FactWhere, { nullable: true, description: 'This does not hold.' })
  NOT?: Lazy<FactWhere>;
}

/** Sortable fields of Fact: the enum's values are the field names of the graph's entity spec. */
export enum FactSortField {
  KEY = 'key',
  AMOUNT = 'amount',
  UNIT = 'unit',
  AMOUNT_RAW = 'amountRaw',
  UNIT_RAW = 'unitRaw',
  YEAR = 'year',
  DIRECTION = 'direction',
  KIND = 'kind',
  SOURCE_OF_FUNDS = 'sourceOfFunds',
  SUBJECT_SCHEME = 'subjectScheme',
  SUBJECT_CODE = 'subjectCode',
  ROW_INDEX = 'rowIndex',
  ROW_LABEL = 'rowLabel',
  COLUMN = 'column',
  IS_SUBTOTAL = 'isSubtotal',
  TABLE_ROLE = 'tableRole',
  START_LINE = 'startLine',
  END_LINE = 'endLine',
}

registerEnumType(FactSortField, { name: 'FactSortField' });

@InputType({ description: 'One sort key; ties are broken by the next key, then by node key.' })
export class FactOrderBy {
  @Field(() => FactSortField)
  field!: FactSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
