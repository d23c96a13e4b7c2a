import { bool, dec, int, provenance, str, type EntitySpec, type RelationSpec, type SourceOrderProperty } from './entity-spec.js';

/**
 * The closed set of entities the API lists, filters and sorts (docs/graph-model.md): label,
 * filterable properties (GraphQL field name → stored property) and one-hop relationships usable
 * in `<relation>Some` / `<relation>None` conditions. Nothing here comes from user input.
 */
export type EntityName =
  | 'Government'
  | 'Department'
  | 'Unit'
  | 'Document'
  | 'SourceTable'
  | 'SubjectCode'
  | 'FundSource'
  | 'Fact'
  | 'Project'
  | 'ProjectBudget'
  | 'Indicator'
  | 'TransferPayment'
  | 'PlanIndicator'
  | 'Target'
  | 'StatedFigure'
  | 'ValidationIssue';

const out = (type: string, target: EntityName): RelationSpec<EntityName> => ({ type, direction: 'OUT', target });
const inn = (type: string, target: EntityName): RelationSpec<EntityName> => ({ type, direction: 'IN', target });
const key = str('key');
const fromDocument = { document: out('FROM_DOCUMENT', 'Document') };

export const ENTITIES: Record<EntityName, EntitySpec<EntityName>> = {
  Government: {
    label: 'Government',
    fields: { key, name: str('name'), level: str('level') },
    relations: {
      parent: out('PART_OF', 'Government'),
      children: inn('PART_OF', 'Government'),
      departments: inn('OF_GOVERNMENT', 'Department'),
      transfersReceived: inn('RECEIVED_BY', 'TransferPayment'),
      transferProjectBudgets: inn('TRANSFERS_TO', 'ProjectBudget'),
    },
  },
  Department: {
    label: 'Department',
    fields: { key, name: str('name') },
    relations: {
      government: out('OF_GOVERNMENT', 'Government'),
      units: inn('IN_DEPARTMENT', 'Unit'),
      projects: inn('OF_DEPARTMENT', 'Project'),
      documents: inn('ISSUED_BY', 'Document'),
      facts: inn('OF_DEPARTMENT', 'Fact'),
      transfersPaid: inn('PAID_BY', 'TransferPayment'),
    },
  },
  Unit: {
    label: 'Unit',
    fields: { key, name: str('name') },
    relations: {
      department: out('IN_DEPARTMENT', 'Department'),
      projectBudgets: inn('IMPLEMENTED_BY', 'ProjectBudget'),
      facts: inn('OF_UNIT', 'Fact'),
      transfersPaid: inn('PAID_BY', 'TransferPayment'),
      documents: inn('LISTS_UNIT', 'Document'),
    },
  },
  Document: {
    label: 'Document',
    fields: {
      key,
      kind: str('kind'),
      year: int('year'),
      endYear: int('endYear'),
      issuer: str('issuer'),
      city: str('city'),
      title: str('title'),
      fileName: str('fileName'),
      contentHash: str('contentHash'),
      lineCount: int('lineCount'),
    },
    relations: {
      department: out('ISSUED_BY', 'Department'),
      units: out('LISTS_UNIT', 'Unit'),
      // A document may spell a code two ways (one USES_CODE each): codes in code order, once each.
      subjectCodes: { ...out('USES_CODE', 'SubjectCode'), orderBy: ['code', 'key'] },
      indicators: out('HAS_INDICATOR', 'Indicator'),
      tables: inn('FROM_DOCUMENT', 'SourceTable'),
      facts: inn('FROM_DOCUMENT', 'Fact'),
      projectBudgets: inn('FROM_DOCUMENT', 'ProjectBudget'),
      transfers: inn('FROM_DOCUMENT', 'TransferPayment'),
      planIndicators: inn('FROM_DOCUMENT', 'PlanIndicator'),
      targets: inn('FROM_DOCUMENT', 'Target'),
      statedFigures: inn('FROM_DOCUMENT', 'StatedFigure'),
      validationIssues: inn('FROM_DOCUMENT', 'ValidationIssue'),
    },
  },
  SourceTable: {
    label: 'SourceTable',
    fields: { key, role: str('role'), title: str('title'), index: int('index'), ...provenance },
    relations: { ...fromDocument, facts: inn('IN_TABLE', 'Fact') },
  },
  SubjectCode: {
    label: 'SubjectCode',
    fields: { key, scheme: str('scheme'), code: str('code'), level: int('level'), name: str('name') },
    relations: {
      parent: out('CHILD_OF', 'SubjectCode'),
      children: inn('CHILD_OF', 'SubjectCode'),
      facts: inn('FOR_CODE', 'Fact'),
      transfers: inn('FOR_CODE', 'TransferPayment'),
      documents: { ...inn('USES_CODE', 'Document'), orderBy: ['code', 'key'] },
    },
  },
  FundSource: {
    label: 'FundSource',
    fields: { key, name: str('name') },
    relations: { facts: inn('FROM_SOURCE', 'Fact') },
  },
  Fact: {
    label: 'Fact',
    fields: {
      key,
      amount: dec('amount'),
      unit: str('unit'),
      amountRaw: str('amountRaw'),
      unitRaw: str('unitRaw'),
      year: int('year'),
      direction: str('direction'),
      kind: str('kind'),
      sourceOfFunds: str('sourceOfFunds'),
      subjectScheme: str('subjectScheme'),
      subjectCode: str('subjectCode'),
      rowIndex: int('rowIndex'),
      rowLabel: str('rowLabel'),
      column: str('column'),
      isSubtotal: bool('isSubtotal'),
      tableRole: str('tableRole'),
      ...provenance,
    },
    relations: {
      ...fromDocument,
      table: out('IN_TABLE', 'SourceTable'),
      code: out('FOR_CODE', 'SubjectCode'),
      budgetUnit: out('OF_UNIT', 'Unit'),
      department: out('OF_DEPARTMENT', 'Department'),
      fundSource: out('FROM_SOURCE', 'FundSource'),
      validationIssues: inn('INVOLVES', 'ValidationIssue'),
    },
  },
  Project: {
    label: 'Project',
    fields: { key, name: str('name') },
    relations: { department: out('OF_DEPARTMENT', 'Department'), budgets: inn('OF_PROJECT', 'ProjectBudget') },
  },
  ProjectBudget: {
    label: 'ProjectBudget',
    fields: {
      key,
      name: str('name'),
      year: int('year'),
      totalFunds: dec('totalFunds'),
      fiscalFunds: dec('fiscalFunds'),
      otherFunds: dec('otherFunds'),
      unit: str('unit'),
      period: str('period'),
      basis: str('basis'),
      goalText: str('goalText'),
      disbursementPlan: str('disbursementPlan'),
      supervisingDepartment: str('supervisingDepartment'),
      isTransfer: bool('isTransfer'),
      ...provenance,
    },
    relations: {
      ...fromDocument,
      project: out('OF_PROJECT', 'Project'),
      implementingUnit: out('IMPLEMENTED_BY', 'Unit'),
      recipients: out('TRANSFERS_TO', 'Government'),
      indicators: out('HAS_INDICATOR', 'Indicator'),
      transfers: inn('FUNDS', 'TransferPayment'),
    },
  },
  Indicator: {
    label: 'Indicator',
    fields: {
      key,
      scope: str('scope'),
      level1: str('level1'),
      level2: str('level2'),
      name: str('name'),
      operator: str('operator'),
      target: dec('target'),
      unitOfMeasure: str('unitOfMeasure'),
      targetRaw: str('targetRaw'),
      year: int('year'),
      ...provenance,
    },
    relations: { ...fromDocument, projectBudget: inn('HAS_INDICATOR', 'ProjectBudget') },
  },
  TransferPayment: {
    label: 'TransferPayment',
    fields: {
      key,
      payerName: str('payer'),
      recipientName: str('recipient'),
      subjectCode: str('subjectCode'),
      subjectName: str('subjectName'),
      sourceBudget: str('sourceBudget'),
      transferType: str('transferType'),
      projectName: str('projectName'),
      amount: dec('amount'),
      unit: str('unit'),
      year: int('year'),
      ...provenance,
    },
    relations: {
      ...fromDocument,
      recipient: out('RECEIVED_BY', 'Government'),
      payerUnit: out('PAID_BY', 'Unit'),
      payerDepartment: out('PAID_BY', 'Department'),
      code: out('FOR_CODE', 'SubjectCode'),
      fundedBudgets: out('FUNDS', 'ProjectBudget'),
    },
  },
  PlanIndicator: {
    label: 'PlanIndicator',
    fields: {
      key,
      panel: str('panel'),
      name: str('name'),
      unitOfMeasure: str('unitOfMeasure'),
      baseValue: str('baseValue'),
      baseYear: int('baseYear'),
      targetValue: str('targetValue'),
      targetYear: int('targetYear'),
      targetOperator: str('targetOperator'),
      actualValue: str('actualValue'),
      cumulative: bool('cumulative'),
      nature: str('nature'),
      ...provenance,
    },
    relations: { ...fromDocument, targets: inn('SERVES', 'Target') },
  },
  Target: {
    label: 'Target',
    fields: {
      key,
      subject: str('subject'),
      text: str('text'),
      operator: str('operator'),
      value: dec('value'),
      unitOfMeasure: str('unitOfMeasure'),
      year: int('year'),
      ...provenance,
    },
    relations: { ...fromDocument, planIndicators: out('SERVES', 'PlanIndicator') },
  },
  StatedFigure: {
    label: 'StatedFigure',
    fields: {
      key,
      subject: str('subject'),
      subjectCode: str('subjectCode'),
      amount: dec('amount'),
      previousAmount: dec('previousAmount'),
      change: dec('change'),
      changePercent: dec('changePercent'),
      unit: str('unit'),
      ...provenance,
    },
    relations: { ...fromDocument },
  },
  ValidationIssue: {
    label: 'ValidationIssue',
    fields: {
      key,
      stage: str('stage'),
      rule: str('rule'),
      severity: str('severity'),
      message: str('message'),
      expected: dec('expected'),
      actual: dec('actual'),
      difference: dec('difference'),
      unit: str('unit'),
      table: str('table'),
      ...provenance,
    },
    relations: { ...fromDocument, facts: out('INVOLVES', 'Fact') },
  },
};

/**
 * The source order of each label's nodes: the properties of SOURCE_ORDER its nodes carry, as the
 * ingest writes them (tests/api-nested-fetch.test.ts checks the loaded seeds carry no other). A
 * property no node has sorts nothing but costs a read per related node (four reads per fact
 * instead of two in a code's facts).
 */
const SOURCE_ORDER_OF: Record<EntityName, readonly SourceOrderProperty[]> = {
  Government: ['name', 'key'],
  Department: ['name', 'key'],
  Unit: ['name', 'key'],
  Document: ['name', 'key'],
  SourceTable: ['startLine', 'key'],
  SubjectCode: ['code', 'name', 'key'],
  FundSource: ['name', 'key'],
  Fact: ['startLine', 'key'],
  Project: ['name', 'key'],
  ProjectBudget: ['startLine', 'name', 'key'],
  Indicator: ['startLine', 'name', 'key'],
  TransferPayment: ['startLine', 'key'],
  PlanIndicator: ['startLine', 'name', 'key'],
  Target: ['startLine', 'name', 'key'],
  StatedFigure: ['startLine', 'key'],
  ValidationIssue: ['startLine', 'key'],
};

/** The stored properties a label's nodes sort on in source order. */
export const sourceOrderOf = (entity: EntityName): readonly SourceOrderProperty[] => SOURCE_ORDER_OF[entity];

/** The ORDER BY items of a relationship field's related nodes, bound to `v`. */
export const relationOrder = (rel: RelationSpec<EntityName>, v: string): string => (rel.orderBy ?? SOURCE_ORDER_OF[rel.target]).map((p) => `${v}.${p}`).join(', ');
