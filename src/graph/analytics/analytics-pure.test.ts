import { describe, expect, it } from 'vitest';
import { AggregateSpecError, buildAggregateStatement } from './aggregate-query.js';
import { compare, type ComparisonPoint } from './comparison.js';
import { escapeLucene } from './lucene.js';
import { change, fromMicro, toMicro } from './money.js';

describe('exact money', () => {
  it('converts to and from integers of 10^-6 万元 without loss, beyond 2^53', () => {
    expect(toMicro('194877.56')).toBe('194877560000');
    expect(toMicro('-0.5')).toBe('-500000');
    expect(fromMicro('9007199254740993123')).toBe('9007199254740.993123');
    expect(fromMicro('800000000')).toBe('800.00');
    expect(() => toMicro('0.0000001')).toThrow(RangeError);
  });

  it('gives the change and a half-up percentage, null on a zero base', () => {
    expect(change('333410', '338258')).toEqual({ absolute: '4848.00', percent: '1.45' });
    expect(change('0', '5')).toEqual({ absolute: '5.00', percent: null });
    expect(change(null, '5')).toBeNull();
    expect(change('8', '9')).toEqual({ absolute: '1.00', percent: '12.50' });
  });
});

describe('Lucene escaping', () => {
  it('escapes every special character and neutralises operators', () => {
    expect(escapeLucene('人才+')).toBe('人才\\+');
    expect(escapeLucene('a:b (c) "d" AND e')).toBe('a\\:b \\(c\\) \\"d\\" and e');
    expect(escapeLucene('x\\y/z')).toBe('x\\\\y\\/z');
  });
});

describe('aggregation statement', () => {
  it('keeps every value out of the Cypher text', () => {
    const evil = "208' }) DETACH DELETE n //";
    const st = buildAggregateStatement({ functionalCodes: [evil], cities: [evil], units: [evil], fundSources: [evil], minAmount: '1.5' }, ['CITY', 'FUNCTIONAL_SECTION']);
    expect(st.text).not.toContain(evil);
    expect(st.text).not.toContain('1.5');
    expect(st.params.functionalCodes).toEqual([evil]);
  });

  it('refuses two code levels of one scheme and several table roles without TABLE_ROLE', () => {
    expect(() => buildAggregateStatement({}, ['FUNCTIONAL_CLASS', 'FUNCTIONAL_ITEM'])).toThrow(AggregateSpecError);
    expect(() => buildAggregateStatement({ tableRoles: ['THREE_PUBLIC', 'EXPENDITURE_SUMMARY'] }, ['CITY'])).toThrow(AggregateSpecError);
    expect(() => buildAggregateStatement({ tableRoles: ['THREE_PUBLIC', 'EXPENDITURE_SUMMARY'] }, ['TABLE_ROLE'])).not.toThrow();
  });

  it('defaults to expenditure, or both directions when grouped by direction', () => {
    expect(buildAggregateStatement({}, []).params.directions).toEqual(['EXPENDITURE']);
    expect(buildAggregateStatement({}, ['DIRECTION']).params.directions).toEqual(['REVENUE', 'EXPENDITURE']);
    expect(buildAggregateStatement({ direction: 'REVENUE' }, ['DIRECTION']).params.directions).toEqual(['REVENUE']);
  });
});

describe('comparison changes', () => {
  const p = (city: string, year: number, amount: string, documentKey = `${city}|${year}`): ComparisonPoint => ({
    subjectKey: 'FUNCTIONAL|208',
    subjectName: null,
    series: 'TOTAL',
    year,
    documentKey,
    documentTitle: null,
    city,
    amount,
    raw: null,
    unitOfMeasure: '万元',
    startLine: null,
    endLine: null,
  });

  it('pairs years within a city when the points span several years', () => {
    const c = compare([p('厦门市', 2025, '110'), p('福州市', 2024, '50'), p('厦门市', 2024, '100'), p('福州市', 2025, '40')]);
    expect(c.changes.map((x) => [x.fromDocumentKey, x.toDocumentKey, x.absolute, x.percent])).toEqual([
      ['厦门市|2024', '厦门市|2025', '10.00', '10.00'],
      ['福州市|2024', '福州市|2025', '-10.00', '-20.00'],
    ]);
  });

  it('pairs documents side by side when all points are of one year', () => {
    const c = compare([p('福州市', 2024, '5', 'b'), p('福州市', 2024, '0', 'a')]);
    expect(c.changes.map((x) => [x.fromDocumentKey, x.toDocumentKey, x.absolute, x.percent])).toEqual([['a', 'b', '5.00', null]]); // base 0: no percentage
  });
});
