import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { validateDocument } from './validate-document.js';

/** 000 (福州 2026 社保基金预算) 2026 年度社会保险基金收支预算总表, as printed (lines 93–105). */
function fundTable(balance: string) {
  const b = new DocumentBuilder('FUND_BUDGET');
  const column = [col(['机关事业单位基本养老保险基金'], 'TOTAL')];
  b.table('FUND_INCOME_EXPENSE', '2026 年度社会保险基金收支预算总表', column, 'REVENUE')
    .paste(`
一、收入	338,258.00
其中:1. 社会保险费收入	173,341.00
2. 财政补贴收入	163,097.00
3. 利息收入	700.00
4. 转移收入	1,000.00
5. 其他收入	120.00`, { isSubtotal: false })
    .paste(`
二、支出	335,140.00
其中:1. 社会保险待遇支出	332,020.00
2. 转移支出	3,000.00
3. 大病保险支出	0.00
4. 上解上级支出	0.00
5. 其他支出	120.00`, { direction: 'EXPENDITURE' })
    .row('三、本年收支结余', [balance]);
  return validateDocument(b.build());
}

describe('REVENUE_EQUALS_EXPENDITURE', () => {
  it('accepts a fund whose revenue − expenditure equals its stated balance (338,258 − 335,140 = 3,118)', () => {
    expect(fundTable('3,118.00')).toEqual([]);
  });

  it('reports a fund balance that does not reproduce', () => {
    const issues = fundTable('3,128.00');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: 'REVENUE_EQUALS_EXPENDITURE',
      severity: 'ERROR',
      expected: '3118.00',
      actual: '3128.00',
      difference: '10.00',
      table: '2026 年度社会保险基金收支预算总表',
    });
    expect(issues[0]?.message).toContain('「三、本年收支结余」');
  });

  it('compares the grand totals of a two-sided summary table (002 收支预算总表; 支出合计 altered to 198260.90)', () => {
    const b = new DocumentBuilder();
    const t = b.table('REVENUE_EXPENDITURE_SUMMARY', '2024 年度收支预算总表', [col(['预算数'], 'TOTAL')]);
    t.row('一、一般公共预算拨款收入', ['194077.56'], { direction: 'REVENUE' })
      .row('五、教育支出', ['13731.02'])
      .row('四、财政专户管理资金收入', ['678.18'], { direction: 'REVENUE' })
      .row('九、其他收入', ['569.85'], { direction: 'REVENUE' })
      .row('十、上年结转结余', ['2935.32'], { direction: 'REVENUE' })
      .row('八、社会保障和就业支出', ['181187.36'])
      .row('十二、农林水支出', ['1622.00'])
      .row('十九、住房保障支出', ['1517.57'])
      .row('九、卫生健康支出', ['202.96'])
      .row('收入合计', ['198260.91'], { direction: 'REVENUE' })
      .row('支出合计', ['198260.90']);
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.rule, i.severity, i.expected, i.actual, i.difference])).toEqual([
      ['TOTAL_EQUALS_ROWS', 'WARNING', '198260.91', '198260.90', '-0.01'],
      ['REVENUE_EQUALS_EXPENDITURE', 'WARNING', '198260.91', '198260.90', '-0.01'],
    ]);
  });
});
