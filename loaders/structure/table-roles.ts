import type { TableRole } from '../records/types.js';

/**
 * Title patterns → table role, most specific first. A title is recognised by its words, never by
 * its position or number (附件3 in one document is 附件5 in another).
 */
export const TITLE_ROLES: ReadonlyArray<[RegExp, TableRole]> = [
  [/部门整体.*绩效目标/u, 'DEPARTMENT_PERFORMANCE'],
  [/(社保|社会保险)基金.*绩效目标/u, 'FUND_PERFORMANCE'],
  [/项目(支出)?绩效目标表/u, 'PROJECT_PERFORMANCE'],
  [/(社保|社会保险)基金.*收支.*表/u, 'FUND_INCOME_EXPENSE'],
  [/转移支付.*表/u, 'TRANSFER_PAYMENTS'],
  [/三公/u, 'THREE_PUBLIC'],
  [/基本支出.*经济分类|基本支出情况表.*经济分类/u, 'BASIC_ECONOMIC_CLASSIFICATION'],
  [/经济分类.*表/u, 'ECONOMIC_CLASSIFICATION'],
  [/政府性基金.*支出.*表/u, 'GOVERNMENT_FUND_EXPENDITURE'],
  [/国有资本经营.*支出.*表/u, 'STATE_CAPITAL_EXPENDITURE'],
  [/一般公共预算.*支出.*表/u, 'GENERAL_PUBLIC_EXPENDITURE'],
  // 预算 (budget) and 决算 (final accounts) titles: 收支预算总表 / 收入支出决算总表 …
  [/财政拨款收(入)?支(出)?.*总.*表/u, 'FISCAL_SUMMARY'],
  [/收(入)?支(出)?(预算|决算)?总(体情况)?表/u, 'REVENUE_EXPENDITURE_SUMMARY'],
  [/收入(预算|决算)?(总(体情况)?)?表/u, 'REVENUE_SUMMARY'],
  [/支出(预算|决算)?(总(体情况)?)?表$/u, 'EXPENDITURE_SUMMARY'],
  [/^专栏\s*\d+/u, 'PLAN_PANEL'],
  [/项目清单$|情况表$/u, 'OTHER'],
];

/** Role of a line that looks like a table title, or null. */
export function titleRole(text: string): TableRole | null {
  const t = text.replace(/\t+/g, ' ').trim();
  if (!t || t.length > 60 || /\.{3,}|…{2,}|错误[!！]|[。，；]$|详见|见下表/u.test(t)) return null;
  if (!/表\s*(（[^）]*）|\([^)]*\))?$/u.test(t) && !/^专栏\s*\d+/u.test(t) && !/项目清单$/u.test(t)) return null;
  return TITLE_ROLES.find(([re]) => re.test(t))?.[1] ?? null;
}
