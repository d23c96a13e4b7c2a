import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { validateDocument } from './validate-document.js';

/**
 * 002 (福州 2024 部门预算), revenue side of its summary tables as printed:
 * - 一、收支预算总表 (lines 135–162): 一、一般公共预算拨款收入 194077.56 … 收入合计 198260.91;
 * - 二、收入预算总表 (lines 171–173): 合计 row, 一般公共预算拨款收入 column 194077.56, 上年结转结余 2935.3214;
 * - 四、财政拨款收支预算总表 (lines 277–305): 一、一般公共预算拨款收入 194877.56 … 收入合计 194877.56.
 * The two fiscal figures differ by 800 万元 (the 800 of 2080799 counted as 上年结转 in one, as
 * appropriation in the other): the validator must report it with both figures as printed.
 */
function fuzhouSummaries() {
  const b = new DocumentBuilder();
  b.table('REVENUE_EXPENDITURE_SUMMARY', '2024 年度收支预算总表', [col(['预算数'], 'TOTAL')], 'REVENUE').paste(`
一、一般公共预算拨款收入	194077.56
四、财政专户管理资金收入	678.18
九、其他收入	569.85
十、上年结转结余	2935.32
收入合计	198260.91`);
  b.table('REVENUE_SUMMARY', '2024 年度收入预算总表', [
    col(['总计'], 'TOTAL'),
    col(['一般公共预算拨款收入'], 'TOTAL', { source: '一般公共预算拨款收入' }),
    col(['财政专户管理资金收入'], 'TOTAL', { source: '财政专户管理资金收入' }),
    col(['其他收入'], 'TOTAL', { source: '其他收入' }),
    col(['上年结转结余'], 'TOTAL', { source: '上年结转结余' }),
  ], 'REVENUE').paste('合计\t\t198260.91\t194077.56\t678.18\t569.85\t2935.3214');
  b.table('FISCAL_SUMMARY', '2024 年度财政拨款收支预算总表', [col(['预算数'], 'TOTAL')], 'REVENUE').paste(`
一、一般公共预算拨款收入	194877.56
收入合计	194877.56`);
  return b;
}

describe('CROSS_TABLE_TOTAL', () => {
  it('reports the 800 万元 general-appropriation discrepancy between 收支预算总表 and 财政拨款收支预算总表', () => {
    const issues = validateDocument(fuzhouSummaries().build()).filter((i) => i.rule === 'CROSS_TABLE_TOTAL');
    const fiscal = issues.find((i) => i.table === '2024 年度财政拨款收支预算总表');
    expect(fiscal).toMatchObject({ severity: 'ERROR', expected: '194077.56', actual: '194877.56', difference: '800.00' });
    expect(fiscal?.message).toContain('「一、一般公共预算拨款收入」 [预算数] in 《2024 年度财政拨款收支预算总表》');
    expect(fiscal?.message).toContain('in 《2024 年度收支预算总表》');
    expect(fiscal?.factKeys).toEqual(['0:0:0', '2:0:0']);
    expect(fiscal?.startLine).toBe(2);
    expect(fiscal?.endLine).toBe(202);
  });

  it('reports 上年结转结余 2935.3214 vs 2935.32 as a rounding WARNING, and nothing where the tables agree', () => {
    const issues = validateDocument(fuzhouSummaries().build()).filter((i) => i.rule === 'CROSS_TABLE_TOTAL');
    expect(issues.map((i) => [i.severity, i.table, i.difference])).toEqual([
      ['ERROR', '2024 年度财政拨款收支预算总表', '800.00'],
      ['WARNING', '2024 年度收入预算总表', '0.0014'],
    ]);
  });

  it('compares general-appropriation spending by functional code across tables (002 2080799)', () => {
    // 收入预算总表 2080799 其他就业补助支出: 一般公共预算拨款收入 3839.00 (+800 上年结转);
    // 一般公共预算拨款支出预算表 2080799: 合计 4639.00.
    const b = new DocumentBuilder();
    b.table('REVENUE_SUMMARY', '2024 年度收入预算总表', [
      col(['总计'], 'TOTAL'),
      col(['一般公共预算拨款收入'], 'TOTAL', { source: '一般公共预算拨款收入' }),
      col(['上年结转结余'], 'TOTAL', { source: '上年结转结余' }),
    ], 'REVENUE').row('其他就业补助支出', ['4639.00', '3839.00', '800'], { code: '2080799' });
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', [
      col(['合计'], 'TOTAL'),
      col(['其中：', '项目支出'], 'PROJECT'),
    ]).row('其他就业补助支出', ['4639.00', '4639.00'], { code: '2080799' });
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.rule, i.expected, i.actual, i.difference])).toEqual([
      ['CROSS_TABLE_TOTAL', '3839.00', '4639.00', '800.00'],
    ]);
  });

  it('checks basic expenditure against the basic economic classification (002: 122181.66 in both)', () => {
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', [
      col(['合计'], 'TOTAL'),
      col(['其中：', '基本支出'], 'BASIC'),
      col(['其中：', '项目支出'], 'PROJECT'),
    ]).paste('合计\t\t194877.56\t122181.66\t72695.90');
    b.table('BASIC_ECONOMIC_CLASSIFICATION', '2024 年度一般公共预算基本支出经济分类情况表', [col(['预算数'], 'TOTAL')])
      .paste('合计\t\t122181.76');
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.rule, i.severity, i.expected, i.actual])).toEqual([
      ['CROSS_TABLE_TOTAL', 'ERROR', '122181.66', '122181.76'],
    ]);
  });
});
