import { registerEnumType } from 'type-graphql';
import { AggregateDimension, CodeScheme, Direction, DocumentKind, IssueStage, MoneyKind, SearchLabel, Severity, SpendingType, TableRole } from '../../graph/analytics/vocabulary.js';

// The closed sets of the graph layer, exposed as GraphQL enums (values as the graph stores them).
registerEnumType(TableRole, { name: 'TableRole', description: 'What a source table is, recognised from its title (e.g. EXPENDITURE_SUMMARY 支出预算总表).' });
registerEnumType(Direction, { name: 'Direction', description: 'Revenue (收入) or expenditure (支出).' });
registerEnumType(MoneyKind, { name: 'MoneyKind', description: 'What part of a row a figure is: TOTAL, BASIC 基本支出, PROJECT 项目支出, PERSONNEL 人员经费, OPERATING 公用经费, 三公 items …' });
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Kind of source document.' });
registerEnumType(CodeScheme, { name: 'CodeScheme', description: 'FUNCTIONAL 支出功能分类 (类 3 / 款 5 / 项 7 digits) or ECONOMIC 支出经济分类 (3 / 5 digits).' });
registerEnumType(SpendingType, { name: 'SpendingType', description: 'BASIC (基本支出, including 人员经费 and 公用经费), PROJECT (项目支出), OTHER (totals, 三公 items, revenue).' });
registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: 'A dimension to group facts by. Code levels roll up by code prefix.',
  valuesConfig: {
    FUNCTIONAL_CLASS: { description: '功能分类 类: the first 3 digits.' },
    FUNCTIONAL_SECTION: { description: '功能分类 款: the first 5 digits.' },
    FUNCTIONAL_ITEM: { description: '功能分类 项: the 7-digit code (a leaf printed at 款 level keeps its 5 digits).' },
    ECONOMIC_CLASS: { description: '经济分类 类: the first 3 digits.' },
    ECONOMIC_SECTION: { description: '经济分类 款: the 5-digit code.' },
    DOCUMENT: { description: 'The source document (one year of one issuer).' },
    DEPARTMENT: { description: 'The issuing department of the document.' },
    UNIT: { description: 'The budget unit a row names (null for department-level rows).' },
  },
});
registerEnumType(SearchLabel, { name: 'SearchLabel', description: 'Kinds of named nodes full-text search covers.' });
registerEnumType(Severity, { name: 'Severity', description: 'ERROR (outside the rounding tolerance), WARNING (inside it, or doubtful), INFO.' });
registerEnumType(IssueStage, { name: 'IssueStage', description: 'PARSE (reading the document) or VALIDATION (checking its arithmetic).' });

export { AggregateDimension, CodeScheme, Direction, DocumentKind, IssueStage, MoneyKind, SearchLabel, Severity, SpendingType, TableRole };
