import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { validateDocument } from './validate-document.js';

/**
 * 004 (厦门 2024 部门预算): the eleven 一级项目绩效目标表 (lines 1736–2293) state 预算资金 and 其中：财政拨款数;
 * 附件5 一般公共预算支出情况表 states 项目支出 138,973.80 in its 合计 row (line 1256). The projects add up to
 * 159,799.80 of fiscal money: 20,826.00 more, exactly the 附件9 市对区转移支付 合计.
 */
const XIAMEN_PROJECTS: Array<[string, string, string]> = [
  ['专项业务费', '7559.80', '5714.80'],
  ['创业担保贷款贴息', '100.00', '100.00'],
  ['技工院校中等职业教育', '3644.00', '3644.00'],
  ['信息化专项资金', '841.00', '841.00'],
  ['就业专项资金', '17851.00', '17851.00'],
  ['其他社会保障补助', '75083.00', '75083.00'],
  ['人才扶持', '37052.00', '35740.00'],
  ['人才扶持（对区转移支付）', '17513.00', '17513.00'],
  ['人才引进与培养专项经费', '2918.00', '2918.00'],
  ['其他社会保障补助', '194.00', '194.00'],
  ['就业专项资金', '201.00', '201.00'],
];

describe('PROJECT_SUM', () => {
  it('reports projects whose fiscal money exceeds the stated project expenditure (004: by 20,826.00)', () => {
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '一般公共预算支出情况表', [
      col(['合计'], 'TOTAL'),
      col(['基本支出', '小计'], 'BASIC'),
      col(['项目支出'], 'PROJECT'),
    ]).row('合计：', ['156,161.40', '17,187.60', '138,973.80']);
    for (const [name, total, fiscal] of XIAMEN_PROJECTS) b.project(name, total, fiscal);
    const issues = validateDocument(b.build());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: 'PROJECT_SUM',
      severity: 'ERROR',
      expected: '138973.80',
      actual: '159799.80',
      difference: '20826.00',
      table: '一般公共预算支出情况表',
    });
    expect(issues[0]?.message).toContain('Sum of 财政拨款 over 11 of 11 projects');
    expect(issues[0]?.factKeys).toContain('project:10');
  });

  it('checks 资金总额 = 财政拨款 + 其他资金 per project only where all three are printed', () => {
    // 002 劳动保障监察协理员人员经费 项目绩效目标表: 资金总额 31.00, 财政拨款 31.00, 其他资金 (empty).
    const b = new DocumentBuilder();
    b.project('劳动保障监察协理员人员经费', '31.00', '31.00');
    b.project('工伤核实经费', '38.00', '38.00', '0.00');
    b.project('工伤核实经费', '38.00', '37.99', '0.00');
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.severity, i.expected, i.actual, i.factKeys])).toEqual([
      ['WARNING', '37.99', '38.00', ['project:2']],
    ]);
  });
});
