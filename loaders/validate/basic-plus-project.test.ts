import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { GENERAL_PUBLIC_208, GENERAL_PUBLIC_COLUMNS } from './seed-rows.js';
import { validateDocument } from './validate-document.js';

describe('BASIC_PLUS_PROJECT', () => {
  it('finds nothing where basic + project = total on every row (002 一般公共预算拨款支出预算表)', () => {
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS).paste(GENERAL_PUBLIC_208);
    expect(validateDocument(b.build())).toEqual([]);
  });

  it('reports personnel + operating ≠ basic by 0.01 as a WARNING (004 附件5, 2080101 行政运行)', () => {
    // 一般公共预算支出情况表: 合计 / 基本支出 {小计, 人员经费, 公用支出} / 项目支出, as printed:
    // 2080101 行政运行 3,036.64 3,036.64 2,428.22 608.43  (2,428.22 + 608.43 = 3,036.65).
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '一般公共预算支出情况表', [
      col(['合计'], 'TOTAL'),
      col(['基本支出', '小计'], 'BASIC'),
      col(['基本支出', '人员经费'], 'PERSONNEL'),
      col(['基本支出', '公用支出'], 'OPERATING'),
      col(['项目支出'], 'PROJECT'),
    ])
      .row('行政运行', ['3,036.64', '3,036.64', '2,428.22', '608.43'], { code: '2080101' })
      .row('劳动保障监察', ['1,760.12', '1,685.42', '1,314.64', '370.78', '74.70'], { code: '2080105' });
    const issues = validateDocument(b.build());
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: 'BASIC_PLUS_PROJECT',
      severity: 'WARNING',
      expected: '3036.65',
      actual: '3036.64',
      difference: '-0.01',
      table: '一般公共预算支出情况表',
    });
    expect(issues[0]?.message).toContain('「行政运行」 [基本支出 / 小计]');
  });

  it('reads a 「基本支出 / 小计」 column recorded as TOTAL as the basic part of the row', () => {
    // 004 附件5 2080105 劳动保障监察: 1,760.12 = 1,685.42 + 74.70; 1,685.42 = 1,314.64 + 370.78.
    const b = new DocumentBuilder();
    b.table('GENERAL_PUBLIC_EXPENDITURE', '一般公共预算支出情况表', [
      col(['合计'], 'TOTAL'),
      col(['基本支出', '小计'], 'TOTAL'),
      col(['基本支出', '人员经费'], 'PERSONNEL'),
      col(['基本支出', '公用支出'], 'OPERATING'),
      col(['项目支出'], 'PROJECT'),
    ]).row('劳动保障监察', ['1,760.12', '1,685.42', '1,314.64', '370.78', '74.70'], { code: '2080105' });
    expect(validateDocument(b.build())).toEqual([]);
  });

  it('checks the fiscal / non-fiscal split of 004 附件3 per family', () => {
    // 部门支出预算总体情况表: 合计 / 财政拨款 {小计, 基本, 项目} / 非财政拨款 {小计, 基本, 项目}.
    // 2080114 资助留学回国人员 610.00 = 550.00 + 60.00; the second row puts 60 in 非财政 小计 only.
    const family = (top: string) => [
      col([top, '小计'], 'TOTAL'),
      col([top, '基本支出'], 'BASIC'),
      col([top, '项目支出'], 'PROJECT'),
    ];
    const b = new DocumentBuilder();
    b.table('EXPENDITURE_SUMMARY', '部门支出预算总体情况表', [col(['合计'], 'TOTAL'), ...family('财政拨款'), ...family('非财政拨款')])
      .row('资助留学回国人员', ['610.00', '550.00', '', '550.00', '60.00', '', '60.00'], { code: '2080114' })
      .row('资助留学回国人员', ['610.00', '550.00', '', '550.00', '60.00', '', ''], { code: '2080114', unitName: 'other' });
    const issues = validateDocument(b.build()).filter((i) => i.rule === 'BASIC_PLUS_PROJECT');
    expect(issues.map((i) => [i.expected, i.actual, i.difference])).toEqual([['0.00', '60.00', '60.00']]);
    expect(issues[0]?.message).toContain('[非财政拨款 / 小计]');
  });

  it('checks the 三公 split of 004 附件7 (27.96 = 11.42 + 16.54; vehicles 11.42 = 0 + 11.42)', () => {
    const b = new DocumentBuilder();
    b.table('THREE_PUBLIC', '一般公共预算“三公”经费支出情况表', [
      col(['“三公”经费合计'], 'TOTAL'),
      col(['因公出国（境）费'], 'OVERSEAS_TRAVEL'),
      col(['公务用车购置及运行费', '小计'], 'VEHICLES'),
      col(['公务用车购置及运行费', '公务用车购置费'], 'VEHICLE_PURCHASE'),
      col(['公务用车购置及运行费', '公务用车运行费'], 'VEHICLE_RUNNING'),
      col(['公务接待费'], 'RECEPTION'),
    ]).row('', ['27.96', '', '11.42', '', '11.42', '16.54']);
    expect(validateDocument(b.build())).toEqual([]);
  });
});
