import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from './fixture-builder.js';
import { GENERAL_PUBLIC_208, GENERAL_PUBLIC_COLUMNS } from './seed-rows.js';
import { validateDocument } from './validate-document.js';

describe('STATED_CHANGE', () => {
  it('accepts prose changes that reproduce at the printed precision', () => {
    const b = new DocumentBuilder();
    // 002 第三部分 一: 收入预算为198260.91万元，比上年增加5828.37万元，增长3.03%.
    b.stated({ subject: '收入预算', amount: '198260.91', change: '5828.37', changePercent: '3.03' });
    // 002 六（一）: 因公出国（境）经费 26.60万元，比上年增加5.0万元，增长23.15%.
    b.stated({ subject: '因公出国（境）经费', amount: '26.60', change: '5.0', changePercent: '23.15' });
    // 000 第三部分: 基金预算收入338258万元，比上年增加4848万元，增长1.45%.
    b.stated({ subject: '基金预算收入', amount: '338258', change: '4848', changePercent: '1.45' });
    // amount − previous = change, all printed.
    b.stated({ subject: '公务接待费', amount: '15.09', previousAmount: '14.79', change: '0.3', changePercent: '2.03' });
    expect(validateDocument(b.build())).toEqual([]);
  });

  it('reports a change or a growth rate that does not reproduce', () => {
    const b = new DocumentBuilder();
    b.stated({ subject: '公务接待费', amount: '15.09', previousAmount: '14.79', change: '0.31' });
    // 002 二: 一般公共预算拨款支出194877.56万元，比上年增加24386.72万元，增长14.30% (altered to 14.31 and 15.30).
    b.stated({ subject: '一般公共预算拨款支出', amount: '194877.56', change: '24386.72', changePercent: '14.31' });
    b.stated({ subject: '一般公共预算拨款支出', amount: '194877.56', change: '24386.72', changePercent: '15.30' });
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.severity, i.expected, i.actual, i.difference])).toEqual([
      ['WARNING', '0.30', '0.31', '0.01'],
      ['WARNING', '14.30', '14.31', '0.01'],
      ['ERROR', '14.30', '15.30', '1.00'],
    ]);
    expect(issues[1]?.message).toContain('%');
  });

  it('compares a prose amount with the table figure of its subject code', () => {
    // 002 （二）2080101-行政运行 1792.87 万元 agrees with 一般公共预算拨款支出预算表; 1793.87 does not.
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS).paste(GENERAL_PUBLIC_208);
    b.stated({ subject: '行政运行', subjectCode: '2080101', amount: '1792.87' });
    b.stated({ subject: '行政运行', subjectCode: '2080101', amount: '1793.87' });
    const issues = validateDocument(b.build());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: 'STATED_CHANGE',
      severity: 'ERROR',
      expected: '1792.87',
      actual: '1793.87',
      difference: '1.00',
      table: '2024 年度一般公共预算拨款支出预算表',
      factKeys: ['0:0:0'],
    });
  });
});
