import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.js';
import { seedContaining } from '../seed-fixtures.js';
import { validateDocument } from './validate-document.js';

/** Parse and validate a seed found by its content (never by file name). */
function validateSeed(text: string, fileName: string) {
  return validateDocument(parseDocument(new TextEncoder().encode(text), fileName));
}

describe('validation of the real seed documents', () => {
  it('Fuzhou 2024: reports the two tables that disagree by 800 万元 on the general appropriation, with both printed figures', () => {
    const s = seedContaining('福州市人力资源和社会保障', '部门预算');
    // Both figures are printed in the document: 194,077.56 (收支预算总表) and 194,877.56 (财政拨款收支预算总表).
    expect(s.text).toMatch(/194,?077\.56/);
    expect(s.text).toMatch(/194,?877\.56/);
    const issues = validateSeed(s.text, s.fileName);
    const hit = issues.find((i) => i.rule === 'CROSS_TABLE_TOTAL' && new Set([i.expected, i.actual]).has('194077.56') && new Set([i.expected, i.actual]).has('194877.56'));
    expect(hit?.severity).toBe('ERROR');
    expect(new Decimal(hit!.difference!).abs().toFixed(2)).toBe('800.00');
    expect(hit!.startLine).toBeGreaterThan(0);
  });

  it('Fuzhou 2024: the 86 project tables add up to the stated project expenditure (no PROJECT_SUM issue)', () => {
    const s = seedContaining('福州市人力资源和社会保障', '部门预算');
    expect(validateSeed(s.text, s.fileName).filter((i) => i.rule === 'PROJECT_SUM')).toEqual([]);
  });

  it('Xiamen 2024: the 一级项目 exceed 附件5 project spending by exactly the 市对区转移支付 合计 printed in 附件9', () => {
    const s = seedContaining('厦门市人力资源和社会保障局');
    const transfers = /转移支付支出预算表[\s\S]*?合计[：:]?\s*([\d,]+\.\d{2})/.exec(s.text)![1]!.replace(/,/g, '');
    const projectSums = validateSeed(s.text, s.fileName).filter((i) => i.rule === 'PROJECT_SUM' && i.severity === 'ERROR');
    expect(projectSums.length).toBeGreaterThan(0);
    for (const i of projectSums) expect(new Decimal(i.difference!).abs().toFixed(2)).toBe(new Decimal(transfers).toFixed(2));
  });

  it('fund budget 2026: income − expense equals the printed 本年收支结余; a changed balance is reported once, by the changed amount', () => {
    const s = seedContaining('社保基金预算');
    expect(validateSeed(s.text, s.fileName).filter((i) => i.severity === 'ERROR')).toEqual([]);
    const balance = /本年收支结余\t([\d,]+\.\d{2})/.exec(s.text)![1]!;
    const changed = s.text.replace(`本年收支结余\t${balance}`, `本年收支结余\t${new Decimal(balance.replace(/,/g, '')).plus(10).toFixed(2)}`);
    const issues = validateSeed(changed, s.fileName).filter((i) => i.severity === 'ERROR');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.rule).toBe('REVENUE_EQUALS_EXPENDITURE');
    expect(new Decimal(issues[0]!.difference!).abs().toFixed(2)).toBe('10.00');
  });
});
