import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { validateDocument } from './validate-document.js';

describe('validateDocument', () => {
  it('finds nothing in a document without tables, projects or prose figures (a plan)', () => {
    expect(validateDocument(new DocumentBuilder('PLAN').build())).toEqual([]);
  });

  it('never throws on odd but well-formed input: unparseable amounts, unknown roles, empty labels', () => {
    const b = new DocumentBuilder();
    b.table('OTHER', '', [col([], 'OTHER'), col(['合计'], 'TOTAL', { unit: '亿元' })])
      .row('', ['1'], { code: '2' })
      .row('合计', ['2', '3']);
    const doc = b.build();
    const fact = doc.facts[0];
    if (fact !== undefined) fact.amount = '—';
    b.stated({ subject: 'x', amount: 'abc', change: '0', changePercent: '5' });
    b.project('p', 'n/a', null, null);
    expect(() => validateDocument(doc)).not.toThrow();
    expect(() => validateDocument(b.build())).not.toThrow();
  });

  it('checks an uncoded parent against its numbered children when marked a subtotal (000 fund table)', () => {
    // 2026 年度社会保险基金收支预算总表: 一、收入 338,258.00 over 其中:1.–5.; 2. altered to 163,097.01.
    const b = new DocumentBuilder('FUND_BUDGET');
    b.table('FUND_INCOME_EXPENSE', '2026 年度社会保险基金收支预算总表', [col(['机关事业单位基本养老保险基金'], 'TOTAL')], 'REVENUE')
      .row('一、收入', ['338,258.00'], { isSubtotal: true })
      .paste('其中:1. 社会保险费收入\t173,341.00\n2. 财政补贴收入\t163,097.01\n3. 利息收入\t700.00\n4. 转移收入\t1,000.00\n5. 其他收入\t120.00');
    const issues = validateDocument(b.build());
    expect(issues.map((i) => [i.rule, i.severity, i.expected, i.actual, i.difference])).toEqual([
      ['PARENT_EQUALS_CHILDREN', 'WARNING', '338258.01', '338258.00', '-0.01'],
    ]);
    expect(issues[0]?.message).toContain('「一、收入」');
  });
});
