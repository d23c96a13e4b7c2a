import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { validateDocument } from './validate-document.js';

/**
 * 000 (福州 2026 社保基金预算): 收支预算总表 一、收入 338,258.00 / 二、支出 335,140.00 万元 (lines 93–99);
 * 社会保险基金预算区域绩效目标表 收入预算金额(亿元) 33.83, 支出预算金额(亿元) 33.51 (lines 123–124).
 */
function fund(revenueYi: string) {
  const b = new DocumentBuilder('FUND_BUDGET');
  b.table('FUND_INCOME_EXPENSE', '2026 年度社会保险基金收支预算总表', [col(['机关事业单位基本养老保险基金'], 'TOTAL')], 'REVENUE')
    .row('一、收入', ['338,258.00'])
    .row('二、支出', ['335,140.00'], { direction: 'EXPENDITURE' });
  b.table('FUND_PERFORMANCE', '社会保险基金预算区域绩效目标表', [col(['资金情况'], 'TOTAL', { unit: '亿元' })], 'REVENUE')
    .row('收入预算金额(亿元):', [revenueYi])
    .row('支出预算金额(亿元):', ['33.51'], { direction: 'EXPENDITURE' });
  return validateDocument(b.build());
}

describe('UNIT_CONVERSION', () => {
  it('accepts a 亿元 figure that is the 万元 total rounded to its printed precision (33.83 亿 ≈ 338,258 万)', () => {
    expect(fund('33.83')).toEqual([]);
  });

  it('reports a 亿元 figure outside its rounding band', () => {
    const issues = fund('33.93');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: 'UNIT_CONVERSION',
      severity: 'ERROR',
      expected: '338258.00',
      actual: '339300.00',
      difference: '1042.00',
      table: '社会保险基金预算区域绩效目标表',
    });
    expect(issues[0]?.message).toContain('±50 万元');
    expect(issues[0]?.message).toContain('《2026 年度社会保险基金收支预算总表》');
  });

  it('reports a parser conversion that is not exactly ×10000', () => {
    const b = new DocumentBuilder('FUND_BUDGET');
    b.table('FUND_PERFORMANCE', '社会保险基金预算区域绩效目标表', [col(['资金情况'], 'TOTAL', { unit: '亿元' })], 'REVENUE')
      .row('收入预算金额(亿元):', ['33.83']);
    const doc = b.build();
    const fact = doc.facts[0];
    if (fact !== undefined) fact.amount = '3383';
    expect(validateDocument(doc).map((i) => [i.rule, i.expected, i.actual])).toEqual([['UNIT_CONVERSION', '338300.00', '3383.00']]);
  });
});
