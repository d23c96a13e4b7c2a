import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentParseError } from './errors.js';
import { parseDocument } from './parse-document.js';
import { seedContaining } from './seed-fixtures.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function parseError(bytes: Uint8Array, fileName: string): DocumentParseError {
  try {
    parseDocument(bytes, fileName);
  } catch (e) {
    if (e instanceof DocumentParseError) return e;
    throw e;
  }
  throw new Error('expected a DocumentParseError');
}

describe('bad input throws DocumentParseError naming file and line', () => {
  it('rejects a text that is not a budget document', () => {
    const e = parseError(utf8('春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少\n'), 'poem.txt');
    expect(e.message).toMatch(/^poem\.txt line 1: expected a budget or plan document/u);
  });

  it('rejects prose that only mentions a plan and a bureau', () => {
    const text = '新闻稿\n福州市人力资源和社会保障局召开会议，研究落实“十四五”规划。\n福州市人力资源和社会保障局表示将继续努力。\n';
    expect(parseError(utf8(text), 'news.txt').message).toMatch(/^news\.txt line 1: expected a budget or plan document.*found "新闻稿"$/u);
  });

  it('rejects a budget-like text without any budget table', () => {
    const text = '2024 年度\n福州市人力资源和社会保障局部门预算\n\n第一部分\n福州市人力资源和社会保障局的主要职责是促进就业。\n';
    expect(parseError(utf8(text), 'short.txt').message).toMatch(/^short\.txt line 5: expected budget tables/u);
  });

  it('rejects a GBK-encoded file', () => {
    const bytes = readFileSync(new URL('./text/fixtures/gbk-title.txt', import.meta.url));
    const e = parseError(bytes, 'gbk-title.txt');
    expect(e.message).toMatch(/^gbk-title\.txt line \d+: expected UTF-8 text, found bytes .* not UTF-8/u);
  });

  it('rejects UTF-16 and binary input', () => {
    expect(parseError(new Uint8Array([0xff, 0xfe, 0x31, 0x00]), 'u16.txt').message).toMatch(/UTF-16/u);
    expect(parseError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.zip').message).toMatch(/binary|NUL/u);
  });

  it('rejects a document cut in the middle of a table', () => {
    const seed = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
    const lines = seed.text.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('2080116\t引进人才费用\t19776.80\t\t19776.80'));
    expect(cut).toBeGreaterThan(0);
    const e = parseError(utf8(lines.slice(0, cut + 1).join('\n')), seed.fileName);
    expect(e.message).toContain(`${seed.fileName} line ${cut + 1}: expected`);
    expect(e.message).toMatch(/found end of document/u);
  });

  it('rejects garbled numbers in a space-separated table, naming the column', () => {
    const seed = seedContaining('厦门市人力资源和社会保障局', '市对区转移支付');
    const lines = seed.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('2050303 技校教育 3,644.00 3,644.00 3,644.00'));
    lines[at] = '2050303 技校教育 3,644.00 3,644.00 3,6x4.00';
    const e = parseError(utf8(lines.join('\n')), seed.fileName);
    expect(e.message).toBe(`${seed.fileName} line ${at + 1}: expected an amount in column 财政拨款/基本支出 of table 部门支出预算总体情况表, found "3,6x4.00"`);
  });

  it('rejects garbled numbers in a tab-separated table', () => {
    const seed = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
    const lines = seed.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('2080105\t劳动保障监察\t336.12\t268.12'));
    lines[at] = (lines[at] ?? '').replace('268.12', '26S.12');
    const e = parseError(utf8(lines.join('\n')), seed.fileName);
    expect(e.message).toMatch(new RegExp(`^${seed.fileName} line ${at + 1}: expected an amount in column 基本支出 of table 2024 年度支出预算总表, found "26S.12"`, 'u'));
  });
});

describe('truncation inside the last table', () => {
  it('is detected from the table of contents when a document stops inside its last project table', () => {
    const seed = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
    const lines = seed.text.split('\n');
    const cut = lines.findIndex((l) => l.includes('建设、改造、修缮工程量'));
    const e = parseError(utf8(lines.slice(0, cut + 1).join('\n')), seed.fileName);
    expect(e.message).toMatch(new RegExp(`^${seed.fileName} line ${cut + 1}: expected the part "名词解释" listed in the table of contents`, 'u'));
  });
});

describe('shifted cells in a tab-separated table', () => {
  it('are placed by the row identities and reported', () => {
    const seed = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
    const lines = seed.text.split('\n');
    // 2080105 劳动保障监察: 合计 336.12 = 基本 268.12 + 项目 68.00; shift 68.00 one cell right.
    const at = lines.findIndex((l) => l.startsWith('2080105\t劳动保障监察\t336.12\t268.12\t68.00\t\t\t'));
    lines[at] = '2080105\t劳动保障监察\t336.12\t268.12\t\t68.00\t\t';
    const d = parseDocument(utf8(lines.join('\n')), seed.fileName);
    const row = d.facts.filter((f) => f.table.role === 'EXPENDITURE_SUMMARY' && f.subjectCode === '2080105');
    expect(row.map((f) => `${f.column.join('/')}=${f.amount}`)).toEqual(['合计=336.12', '基本支出=268.12', '项目支出=68.00']);
    expect(d.issues.find((i) => i.code === 'SHIFTED_CELLS')?.startLine).toBe(at + 1);
  });
});

describe('a file cut inside a multi-byte character', () => {
  it('is reported as truncated, not as another encoding', () => {
    const seed = seedContaining('部门预算');
    // Cut in the middle of the first CJK character (3 bytes in UTF-8) after the first 2000 bytes.
    let cut = 2000;
    while ((seed.bytes[cut]! & 0xc0) !== 0x80) cut++;
    expect(() => parseDocument(seed.bytes.slice(0, cut), seed.fileName)).toThrow(/line \d+: expected the rest of the document, found the file ends inside a character \(truncated file\?\)$/);
  });
});
