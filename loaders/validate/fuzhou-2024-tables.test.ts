/**
 * The money tables of seed 002 (福州市人力资源和社会保障局 2024 部门预算), cut by line range from the
 * seed file and pasted through the fixture builder (not parsed): 396 facts in nine tables. The
 * validator must find exactly the document's own discrepancies and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { col, DocumentBuilder } from './fixture-builder.js';
import { GENERAL_PUBLIC_COLUMNS } from './seed-rows.js';
import { validateDocument } from './validate-document.js';

const SEED = new URL('../../data/documents/002_9a106d649603e4c4.txt', import.meta.url);
const lines = readFileSync(SEED, 'utf8').split('\n');
/** Lines first..last (1-based, inclusive) without blank lines. */
const cut = (first: number, last: number): string =>
  lines.slice(first - 1, last).filter((l) => l.trim() !== '').join('\n');

const SOURCES = ['一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '事业收入',
  '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '上年结转结余'];
const SINGLE = [col(['预算数'], 'TOTAL')];

function fuzhou2024() {
  const b = new DocumentBuilder();
  b.table('REVENUE_EXPENDITURE_SUMMARY', '2024 年度收支预算总表', SINGLE).pasteTwoSided(cut(137, 163));
  b.table('REVENUE_SUMMARY', '2024 年度收入预算总表', [col(['总计'], 'TOTAL'), ...SOURCES.map((s) => col([s], 'TOTAL', { source: s }))], 'REVENUE')
    .paste(cut(172, 216));
  b.table('EXPENDITURE_SUMMARY', '2024 年度支出预算总表', [
    col(['合计'], 'TOTAL'), col(['基本支出'], 'BASIC'), col(['项目支出'], 'PROJECT'),
    col(['事业单位经营支出'], 'OTHER'), col(['上缴上级支出'], 'OTHER'), col(['对附属单位补助支出'], 'OTHER'),
  ]).paste(cut(225, 269));
  b.table('FISCAL_SUMMARY', '2024 年度财政拨款收支预算总表', SINGLE).pasteTwoSided(cut(279, 305));
  b.table('GENERAL_PUBLIC_EXPENDITURE', '2024 年度一般公共预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS).paste(cut(315, 359));
  b.table('GOVERNMENT_FUND_EXPENDITURE', '2024 年度政府性基金预算拨款支出预算表', GENERAL_PUBLIC_COLUMNS).paste(cut(369, 369));
  b.table('ECONOMIC_CLASSIFICATION', '2024 年度一般公共预算支出经济分类情况表', SINGLE).paste(cut(392, 402));
  b.table('BASIC_ECONOMIC_CLASSIFICATION', '2024 年度一般公共预算基本支出经济分类情况表', SINGLE).paste(cut(413, 525));
  b.table('THREE_PUBLIC', '2024 年度一般公共预算“三公”经费支出预算表', SINGLE).paste(cut(534, 540));
  return b.build();
}

describe('seed 002 money tables, as printed', () => {
  const issues = validateDocument(fuzhou2024());
  const summary = issues.map((i) => `${i.rule} ${i.severity} ${i.difference} ${i.table}`);

  it('reports the 800 万元 general-appropriation discrepancy wherever two tables print it', () => {
    expect(summary.filter((s) => s.includes(' 800.00 '))).toEqual([
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度财政拨款收支预算总表', // 194877.56 vs 收支预算总表 194077.56
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度一般公共预算拨款支出预算表', // 合计 vs 收入预算总表 194077.56
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度财政拨款收支预算总表', // 208: 180577.51 vs 179777.51
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度一般公共预算拨款支出预算表', // 208
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度一般公共预算拨款支出预算表', // 20807: 4659.00 vs 3859.00
      'CROSS_TABLE_TOTAL ERROR 800.00 2024 年度一般公共预算拨款支出预算表', // 2080799: 4639.00 vs 3839.00
    ]);
    expect(issues[0]?.message).toContain('「一、一般公共预算拨款收入」 [预算数] in 《2024 年度财政拨款收支预算总表》');
    expect(issues[0]).toMatchObject({ expected: '194077.56', actual: '194877.56' });
  });

  it('reports the four-decimal 上年结转结余 (2935.3214 vs 2935.32) as rounding warnings, and nothing else', () => {
    expect(summary.filter((s) => !s.includes(' 800.00 '))).toEqual([
      'CROSS_TABLE_TOTAL WARNING 0.0014 2024 年度收入预算总表',
      'BASIC_PLUS_PROJECT WARNING -0.0014 2024 年度收入预算总表', // 合计 row
      'BASIC_PLUS_PROJECT WARNING -0.0014 2024 年度收入预算总表', // 205
      'BASIC_PLUS_PROJECT WARNING -0.0014 2024 年度收入预算总表', // 20503
      'BASIC_PLUS_PROJECT WARNING -0.0014 2024 年度收入预算总表', // 2050303
    ]);
  });
});
