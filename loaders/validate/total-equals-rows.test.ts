import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { GENERAL_PUBLIC_213_221, GENERAL_PUBLIC_COLUMNS } from './seed-rows.js';
import { validateDocument } from './validate-document.js';

const rule = (doc: ReturnType<DocumentBuilder['build']>) => validateDocument(doc).filter((i) => i.rule === 'TOTAL_EQUALS_ROWS');

describe('TOTAL_EQUALS_ROWS', () => {
  it('adds each 类 once, never its 款 and 项 as well', () => {
    // 002 一般公共预算拨款支出预算表, classes 213 and 221 only; 合计 is their sum: 3139.57 / 1517.57 / 1622.00.
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS)
      .row('合计', ['3139.57', '1517.57', '1622.00'])
      .paste(GENERAL_PUBLIC_213_221);
    expect(validateDocument(b.build())).toEqual([]);
  });

  it('does not add a 其中 subtotal to its own children (三公 table)', () => {
    // 002 十、2024 年度一般公共预算“三公”经费支出预算表, as printed (lines 533–540).
    const b = new DocumentBuilder();
    b.table('THREE_PUBLIC', '2024 年度一般公共预算“三公”经费支出预算表', [col(['预算数'], 'TOTAL')]).paste(`
合计	79.69
1、因公出国（境）费用	26.60
2、公务接待费	15.09
3、公务用车购置及运行费	38.00
其中：（1）公务用车购置费	0.00
（2）公务用车运行费	38.00`);
    expect(validateDocument(b.build())).toEqual([]);
  });

  it('checks a one-column 三公 table whose kinds are per row (as the parser records 002)', () => {
    const b = new DocumentBuilder();
    b.table('THREE_PUBLIC', '2024 年度一般公共预算“三公”经费支出预算表', [col(['预算数'], 'TOTAL')])
      .row('合计', ['79.69'])
      .row('1、因公出国（境）费用', ['26.60'], { kind: 'OVERSEAS_TRAVEL' })
      .row('2、公务接待费', ['15.09'], { kind: 'RECEPTION' })
      .row('3、公务用车购置及运行费', ['38.00'], { kind: 'VEHICLES', isSubtotal: true })
      .row('其中：（1）公务用车购置费', ['0.00'], { kind: 'VEHICLE_PURCHASE' })
      .row('（2）公务用车运行费', ['38.10'], { kind: 'VEHICLE_RUNNING' });
    expect(validateDocument(b.build()).map((i) => [i.rule, i.expected, i.actual])).toEqual([
      ['PARENT_EQUALS_CHILDREN', '38.10', '38.00'],
    ]);
  });

  it('reports a 合计 that disagrees with its top-level rows, naming the table and row', () => {
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS)
      .row('合计', ['3939.57', '1517.57', '2422.00'])
      .paste(GENERAL_PUBLIC_213_221);
    const issues = rule(b.build());
    expect(issues.map((i) => [i.severity, i.expected, i.actual, i.difference])).toEqual([
      ['ERROR', '1622.00', '2422.00', '800.00'],
      ['ERROR', '3139.57', '3939.57', '800.00'],
    ]);
    expect(issues[1]?.message).toContain('「合计」 [合计] in 《2024 年度一般公共预算拨款支出预算表》');
    expect(issues[0]?.startLine).toBe(2);
  });

  it('lets 本年收入合计 cover the rows above it and 收入总计 every row (004 附件1, revenue side)', () => {
    // 004 部门收支预算总体情况表: sources, 本年收入合计 159,318.40, 上年结转结余 (here 100.00 for the test), 收入总计.
    const b = new DocumentBuilder();
    b.table('REVENUE_EXPENDITURE_SUMMARY', '部门收支预算总体情况表', [col(['预算数'], 'TOTAL')], 'REVENUE').paste(`
一、一般公共预算拨款收入	156,161.40
六、事业单位经营收入	2,145.00
七、上级补助收入	1,012.00
本年收入合计	159,318.40
上年结转结余	100.00
收入总计	159,418.40`);
    expect(rule(b.build())).toEqual([]);
  });
});
