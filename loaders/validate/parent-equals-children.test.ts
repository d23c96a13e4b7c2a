import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from './fixture-builder.js';
import { GENERAL_PUBLIC_208, GENERAL_PUBLIC_COLUMNS } from './seed-rows.js';
import { validateDocument } from './validate-document.js';

const TITLE = '2024 年度一般公共预算拨款支出预算表';

/** 002 一般公共预算拨款支出预算表: 20801 人力资源和社会保障管理事务 = 29483.03 / 4237.09 / 25245.94 over its 12 项. */
function department(parent20801: [string, string, string]) {
  const b = new DocumentBuilder();
  b.table('GENERAL_PUBLIC_EXPENDITURE', TITLE, GENERAL_PUBLIC_COLUMNS)
    .row('人力资源和社会保障管理事务', parent20801, { code: '20801' })
    .paste(GENERAL_PUBLIC_208);
  return validateDocument(b.build()).filter((i) => i.rule === 'PARENT_EQUALS_CHILDREN');
}

describe('PARENT_EQUALS_CHILDREN', () => {
  it('finds nothing when a 款 equals the sum of its listed 项 in every column', () => {
    expect(department(['29483.03', '4237.09', '25245.94'])).toEqual([]);
  });

  it('reports a parent off by 0.01 万元 as a WARNING with difference actual − expected', () => {
    const [issue, ...rest] = department(['29483.04', '4237.09', '25245.94']);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      severity: 'WARNING',
      expected: '29483.03',
      actual: '29483.04',
      difference: '0.01',
      table: TITLE,
    });
    expect(issue?.message).toContain('「20801 人力资源和社会保障管理事务」 [合计]');
    expect(issue?.factKeys).toHaveLength(13);
  });

  it('reports a parent off by 800 万元 as an ERROR', () => {
    const [issue] = department(['29483.03', '4237.09', '24445.94']);
    expect(issue).toMatchObject({ severity: 'ERROR', expected: '25245.94', actual: '24445.94', difference: '-800.00' });
    expect(issue?.message).toContain('[其中： / 项目支出]');
  });

  it('adds economic 款 (5 digits) under their 类 (3 digits)', () => {
    // 002 九、一般公共预算基本支出经济分类情况表: 310 资本性支出 57.10 = 1.60 + 5.50 + 50.00 (empty 款 count as zero).
    const b = new DocumentBuilder();
    b.table('BASIC_ECONOMIC_CLASSIFICATION', '2024 年度一般公共预算基本支出经济分类情况表', [{ path: ['预算数'], kind: 'TOTAL' }])
      .paste('310\t资本性支出\t57.10\n31001\t房屋建筑物购建\t\n31002\t办公设备购置\t1.60\n31003\t专用设备购置\t5.50\n31099\t其他资本性支出\t50.00');
    expect(validateDocument(b.build())).toEqual([]);
  });
});
