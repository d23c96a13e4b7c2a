import { describe, expect, it } from 'vitest';
import { titleRole } from './table-roles.js';

describe('titleRole', () => {
  it('recognises budget and final-accounts tables by their words, whatever their number', () => {
    expect(titleRole('2024 年度收支预算总表')).toBe('REVENUE_EXPENDITURE_SUMMARY');
    expect(titleRole('部门收支预算总体情况表')).toBe('REVENUE_EXPENDITURE_SUMMARY');
    expect(titleRole('收入支出决算总表')).toBe('REVENUE_EXPENDITURE_SUMMARY');
    expect(titleRole('财政拨款收入支出决算总表')).toBe('FISCAL_SUMMARY');
    expect(titleRole('收入决算表')).toBe('REVENUE_SUMMARY');
    expect(titleRole('支出决算表')).toBe('EXPENDITURE_SUMMARY');
    expect(titleRole('一般公共预算基本支出情况表（细化至经济分类款级科目）')).toBe('BASIC_ECONOMIC_CLASSIFICATION');
    expect(titleRole('2024 年度一般公共预算“三公”经费支出预算表')).toBe('THREE_PUBLIC');
    expect(titleRole('劳动保障监察协理员人员经费 项目绩效目标表\t\t\t\t')).toBe('PROJECT_PERFORMANCE');
    expect(titleRole('专栏 2：“十四五”时期人力资源社会保障主要指标')).toBe('PLAN_PANEL');
  });

  it('ignores contents lines, prose and references', () => {
    expect(titleRole('一、 收支预算总表 .....\t11')).toBeNull();
    expect(titleRole('详见附表十一。')).toBeNull();
    expect(titleRole('本部门 2024 年度没有使用政府性基金预算拨款安排的支出。')).toBeNull();
  });
});
