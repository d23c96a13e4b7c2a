import { describe, expect, it } from 'vitest';
import { TOTAL_KEY, solveColumns, rowReadings, type Identity } from './column-solver.js';

/** 合计 | 财政拨款 {小计, 基本, 项目} | 非财政拨款 {小计, 基本, 项目} */
const SEVEN: Identity[] = [{ total: 0, parts: [1, 4] }, { total: 1, parts: [2, 3] }, { total: 4, parts: [5, 6] }];

describe('column solver', () => {
  it('a row of three equal numbers has four readings under the identities alone', () => {
    // 合计 = 财政小计 = 基本 | 项目, or 合计 = 非财政小计 = 基本 | 项目
    expect(rowReadings(['3644.00', '3644.00', '3644.00'], 7, SEVEN)).toHaveLength(4);
  });

  it('parents, the 合计 row and another table of the document decide between them', () => {
    const rows = [
      { code: null, isTotal: true, numbers: ['6680.64', '6680.64', '3036.64', '3644.00'] },
      { code: '205', isTotal: false, numbers: ['3644.00', '3644.00', '3644.00'] },
      { code: '2050303', isTotal: false, numbers: ['3644.00', '3644.00', '3644.00'] },
      { code: '208', isTotal: false, numbers: ['3036.64', '3036.64', '3036.64'] },
      { code: '2080101', isTotal: false, numbers: ['3036.64', '3036.64', '3036.64'] },
    ];
    // Another table states the 合计 row's fiscal basic expenditure (column 2).
    const solved = solveColumns(rows, 7, SEVEN, new Map([[TOTAL_KEY, new Map([[2, '3036.64']])]]));
    expect(solved[2]?.reading).toEqual(['3644.00', '3644.00', null, '3644.00', null, null, null]);
    expect(solved[4]?.reading).toEqual(['3036.64', '3036.64', '3036.64', null, null, null, null]);
    expect(solved.every((s) => s.alternatives.length === 0)).toBe(true);
  });

  it('reports both readings when nothing decides', () => {
    const [only] = solveColumns([{ code: '2050303', isTotal: false, numbers: ['3644.00', '3644.00', '3644.00'] }], 7, SEVEN);
    expect(only?.alternatives).toHaveLength(3);
  });
});
