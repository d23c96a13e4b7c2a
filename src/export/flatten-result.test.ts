import { describe, expect, it } from 'vitest';
import { columnsOf, flattenResult } from './flatten-result.js';

describe('flattenResult', () => {
  it('gives one row per leaf path, nested objects as dotted columns', () => {
    const data = {
      budgetAggregate: [
        { city: '福州市', functionalCode: { code: '208', name: '社会保障和就业支出' }, total: '10.00' },
        { city: '福州市', functionalCode: null, total: '2.50' },
      ],
    };
    const rows = flattenResult(data);
    expect(rows).toEqual([
      { 'budgetAggregate.city': '福州市', 'budgetAggregate.functionalCode.code': '208', 'budgetAggregate.functionalCode.name': '社会保障和就业支出', 'budgetAggregate.total': '10.00' },
      { 'budgetAggregate.city': '福州市', 'budgetAggregate.functionalCode': null, 'budgetAggregate.total': '2.50' },
    ]);
    expect(columnsOf(rows)).toEqual(['budgetAggregate.city', 'budgetAggregate.functionalCode.code', 'budgetAggregate.functionalCode.name', 'budgetAggregate.total', 'budgetAggregate.functionalCode']);
  });

  it('repeats parent fields beside each element of a nested list; an empty list keeps the parent row', () => {
    const rows = flattenResult({ document: { title: 'T', tables: [{ title: 'a' }, { title: 'b' }], issues: [] } });
    expect(rows).toEqual([
      { 'document.title': 'T', 'document.tables.title': 'a' },
      { 'document.title': 'T', 'document.tables.title': 'b' },
    ]);
  });
});
