/** Chinese labels with the glossary's English names (/work/shared/design/glossary.md). */
export const SPENDING_TYPE: Record<string, string> = {
  BASIC: '基本支出 Basic expenditure',
  PROJECT: '项目支出 Project expenditure',
  OTHER: '其他支出 Other expenditure',
};

export const LEVEL: Record<number, string> = {
  0: '合计 Total',
  1: '类 Class',
  2: '款 Section',
  3: '项 Item',
  4: '项目 Project',
};

export const DOCUMENT_KIND: Record<string, string> = {
  DEPARTMENT_BUDGET: '部门预算 Department budget',
  UNIT_BUDGET: '单位预算 Unit budget',
  FINAL_ACCOUNTS: '决算 Final accounts',
  FUND_BUDGET: '社保基金预算 Social insurance fund budget',
  PLAN: '规划 Five-year plan',
};

export const SEVERITY: Record<string, string> = { ERROR: '错误 Error', WARNING: '警告 Warning', INFO: '提示 Info' };

export const SERIES: Record<string, string> = {
  TOTAL: '金额 Amount',
  REVENUE: '收入 Revenue',
  EXPENDITURE: '支出 Expenditure',
  TOTAL_FUNDS: '资金总额 Total funds',
  FISCAL_FUNDS: '财政拨款 Fiscal funds',
  OTHER_FUNDS: '其他资金 Other funds',
  STAFF_COUNT: '在职人数 Staff count',
};

/** The glossary's English for the sources of funds printed in the revenue tables. */
const FUND_SOURCE_EN: Record<string, string> = {
  一般公共预算拨款收入: 'General public budget appropriation',
  政府性基金预算拨款收入: 'Government fund budget appropriation',
  国有资本经营预算拨款收入: 'State capital operations budget appropriation',
  财政专户管理资金收入: 'Special fiscal account funds',
  事业收入: 'Public institution service revenue',
  事业单位经营收入: 'Business revenue',
  上级补助收入: 'Grants from higher level',
  附属单位上缴收入: 'Remittances from subordinate units',
  其他收入: 'Other revenue',
  上年结转结余: 'Carry-over from last year',
};

export const fundSourceLabel = (name: string): string => (FUND_SOURCE_EN[name] ? `${name} ${FUND_SOURCE_EN[name]}` : name);
export const label = (table: Record<string, string>, key: string | null | undefined): string => (key ? (table[key] ?? key) : '—');

/** Money column header: every amount in the page is in 万元 (10,000 CNY; each view's lead says so). */
export const WAN = '（万元）';
