import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { parseDocument } from './parse-document.js';
import { seedContaining, seeds } from './seed-fixtures.js';
import type { ParsedDocument } from './records/types.js';

const parse = (s: { bytes: Uint8Array; fileName: string }): ParsedDocument => parseDocument(s.bytes, s.fileName);
const fuzhouBudget = seedContaining('福州市人力资源和社会保障局', '部门预算', '项目绩效目标表');
const xiamenBudget = seedContaining('厦门市人力资源和社会保障局', '市对区转移支付');
const fund = seedContaining('社会保险基金预算区域绩效目标表');
const plan = seedContaining('专栏 2');

describe('parseDocument on the seed documents', () => {
  it('parses every seed without throwing and detects kind, year, issuer and city from the text', () => {
    const docs = seeds().map(parse).map((d) => d.document);
    const summary = docs.map((d) => `${d.kind} ${d.year}-${d.endYear} ${d.issuer} ${d.city}`).sort();
    expect(summary).toEqual([
      'DEPARTMENT_BUDGET 2024-2024 厦门市人力资源和社会保障局 厦门市',
      'DEPARTMENT_BUDGET 2024-2024 福州市人力资源和社会保障局 福州市',
      'FUND_BUDGET 2026-2026 福州市人力资源和社会保障局 福州市',
      'PLAN 2021-2025 福州市人社局 福州市',
    ]);
  });

  it('gives every money fact a key unique within its document, an exact decimal amount and its source lines', () => {
    for (const d of seeds().map(parse)) {
      expect(new Set(d.facts.map((f) => f.key)).size).toBe(d.facts.length);
      for (const f of d.facts) {
        expect(f.amount).toMatch(/^-?\d+(\.\d+)?$/);
        expect(f.source.raw.length).toBeGreaterThan(0);
        expect(f.source.startLine).toBeLessThanOrEqual(f.source.endLine);
      }
    }
  });
});

describe('Fuzhou 2024 department budget (tab layout)', () => {
  const d = parse(fuzhouBudget);

  it('has as many project tables as the text says it set goals for (共设置N个项目绩效目标)', () => {
    const stated = Number(/共设置(\d+)个项目绩效目标/u.exec(fuzhouBudget.text)?.[1]);
    expect(stated).toBe(86);
    expect(d.projects).toHaveLength(stated);
    expect(d.projects.every((p) => p.indicators.length > 0)).toBe(true);
  });

  it('reads the units table with funding type and staff count as printed', () => {
    expect(d.units).toHaveLength(15);
    expect(d.units[0]).toMatchObject({ name: '福州市人力资源和社会保障局', fundingType: '财政核拨', staffCount: 59 });
    expect(d.units.find((u) => u.name === '福州第一技师学院')?.staffCount).toBe(154);
    expect(d.units.find((u) => u.name.startsWith('福州市引进人才服务中心'))?.staffCount).toBe(10);
  });

  it('keeps both general-appropriation revenue figures of the two summary tables (800 万元 apart)', () => {
    const gp = (role: string) => d.facts.find((f) => f.table.role === role && f.direction === 'REVENUE' && f.rowLabel.includes('一般公共预算拨款收入'))?.amount;
    expect(gp('REVENUE_EXPENDITURE_SUMMARY')).toBe('194077.56');
    expect(gp('FISCAL_SUMMARY')).toBe('194877.56');
  });

  it("reproduces each code table's stated 合计 from its rows (or reports the difference)", () => {
    const expenditure = d.facts.filter((f) => f.table.role === 'EXPENDITURE_SUMMARY' && f.column[0] === '合计');
    const classes = expenditure.filter((f) => f.subjectCode?.length === 3).reduce((a, f) => a.plus(f.amount), new Decimal(0));
    expect(classes.toFixed(2)).toBe('198260.91');
    expect(expenditure.find((f) => f.rowLabel === '合计')?.amount).toBe('198260.91');
    expect(d.issues.filter((i) => i.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('reads project funds, basis and indicators with operator, target and unit', () => {
    const p = d.projects.find((x) => x.name === '五城区社区服务协管员人员经费');
    expect(p).toMatchObject({ totalFunds: '949.70', fiscalFunds: '474.85', otherFunds: '474.85' });
    expect(p?.indicators.find((i) => i.name === '资金使用率')).toMatchObject({ level1: '成本指标', operator: '>=', target: '95', unitOfMeasure: '%' });
    const transfer = d.projects.find((x) => x.name === '工伤核实经费-转移支付');
    expect(transfer?.isTransfer).toBe(true);
    expect(transfer?.recipients).toContain('县（市）区');
  });

  it('reads 三公 and economic classification tables', () => {
    const three = d.facts.filter((f) => f.table.role === 'THREE_PUBLIC');
    expect(three.find((f) => f.kind === 'TOTAL')?.amount).toBe('79.69');
    expect(three.find((f) => f.kind === 'OVERSEAS_TRAVEL')?.amount).toBe('26.60');
    const basicEconomic = d.facts.find((f) => f.table.role === 'BASIC_ECONOMIC_CLASSIFICATION' && f.subjectCode === '30113');
    expect(basicEconomic?.amount).toBe('877.86');
    expect(d.codes.find((c) => c.scheme === 'FUNCTIONAL' && c.code === '2080116')).toMatchObject({ level: 3, parentCode: '20801' });
    // 2080110 is printed 劳动关系和维权 in the revenue table and 劳动关系的维权 in the expenditure tables.
    expect(d.codes.filter((c) => c.code === '2080110').map((c) => c.name).sort()).toEqual(['劳动关系和维权', '劳动关系的维权']);
    expect(d.issues.some((i) => i.code === 'CODE_SPELLINGS' && i.message.includes('2080110'))).toBe(true);
  });
});

describe('Xiamen 2024 department budget (single-space layout)', () => {
  const d = parse(xiamenBudget);
  const expenditure = (code: string) => d.facts.filter((f) => f.table.role === 'EXPENDITURE_SUMMARY' && f.subjectCode === code);

  it('assigns 3,644.00 of 技校教育 to 项目支出 and 3,036.64 of 行政运行 to 基本支出 (domain.md worked example)', () => {
    expect(expenditure('2050303').map((f) => f.column.join('/'))).toEqual(['合计', '财政拨款/小计', '财政拨款/项目支出']);
    expect(expenditure('2080101').map((f) => f.column.join('/'))).toEqual(['合计', '财政拨款/小计', '财政拨款/基本支出']);
    expect(expenditure('2050303')[0]).toMatchObject({ amount: '3644.00', amountRaw: '3,644.00', isSubtotal: false });
    expect(expenditure('205')[0]?.isSubtotal).toBe(true);
  });

  it('finds the sections by their headings, nested by level', () => {
    const three = d.sections?.find((x) => x.title === '四、“三公”经费财政拨款预算情况');
    const travel = d.sections?.find((x) => x.title === '（一）因公出国（境）经费');
    expect(three?.level).toBe(2);
    expect(travel?.level).toBe(3);
    expect(travel && three && travel.startLine > three.startLine && travel.endLine <= three.endLine).toBe(true);
  });

  it('re-joins wrapped names and reads the units table', () => {
    expect(expenditure('2080199')[0]?.rowLabel).toBe('其他人力资源和社会保障管理事务支出');
    expect(d.units).toHaveLength(11);
    expect(d.units.find((u) => u.name === '厦门市人才服务中心')?.fundingType).toBe('差额');
  });

  it('reads the city-to-district transfers, which add up to the stated 合计 20,826.00', () => {
    expect(d.transfers).toHaveLength(5);
    expect(d.transfers.reduce((a, t) => a.plus(t.amount), new Decimal(0)).toFixed(2)).toBe('20826.00');
    const talent = d.transfers.find((t) => t.subjectCode === '2080116');
    expect(talent).toMatchObject({ sourceBudget: '一般公共预算资金', transferType: '专项转移支付', projectName: '新引进人才生活补贴', amount: '17513.00', projectLink: 'INFERRED_AMOUNT_MATCH' });
    // The prose says this project is the 对区转移支付 one and states its amount: 2024年拟安排该项目预算17,513万元.
    expect(d.projects.find((p) => p.key === talent?.projectKey)?.name).toBe('人才扶持（对区转移支付）');
  });

  it('has as many 一级项目 tables as the text states (一级项目N个)', () => {
    const stated = Number(/一级项目(\d+)个/u.exec(xiamenBudget.text)?.[1]);
    expect(d.projects).toHaveLength(stated);
  });

  it('reads the non-fiscal money as project expenditure, as the project tables say (资金总额 − 财政拨款数)', () => {
    const nonFiscal = expenditure('2080116').filter((f) => f.column[0] === '非财政拨款');
    expect(nonFiscal.map((f) => `${f.column.join('/')}=${f.amount}`)).toEqual(['非财政拨款/小计=952.00', '非财政拨款/项目支出=952.00']);
    expect(d.issues.filter((i) => i.code === 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('tells the 三公 vehicle running cost from purchase by the economic table (30231) and the prose', () => {
    const three = d.facts.filter((f) => f.table.role === 'THREE_PUBLIC');
    const statedRunning = /公务用车运行费(\d+\.\d{2})/u.exec(xiamenBudget.text.replace(/\s+/g, ''))?.[1];
    expect(three.find((f) => f.kind === 'VEHICLE_RUNNING')?.amount).toBe(statedRunning);
    expect(three.find((f) => f.kind === 'TOTAL')?.amount).toBe('27.96');
  });

  it('reads the revenue-by-unit table, whose columns follow from the summary table', () => {
    const talent = d.facts.filter((f) => f.table.role === 'REVENUE_SUMMARY' && f.unitName === '厦门市人才服务中心');
    expect(talent.map((f) => `${f.column.join('/')}=${f.amount}`)).toEqual(['合计=35514.48', '本年收入/小计=35514.48', '本年收入/一般公共预算=33369.48', '本年收入/事业单位经营收入=2145.00']);
  });
});

describe('Fuzhou 2026 fund budget and 十四五 plan', () => {
  it('reads fund income/expense and converts the 亿元 performance figures exactly', () => {
    const d = parse(fund);
    expect(d.facts.find((f) => f.rowLabel === '一、收入')?.amount).toBe('338258.00');
    const yi = d.facts.find((f) => f.unitRaw === '亿元' && f.direction === 'REVENUE');
    expect(yi).toMatchObject({ amountRaw: '33.83', amount: '338300' });
    expect(d.indicators.find((i) => i.name === '社会保险费收入')).toMatchObject({ operator: '>=', target: '16.50', unitOfMeasure: '亿元' });
  });

  it('reads plan panel indicators with cumulative targets and their nature', () => {
    const d = parse(plan);
    const jobs = d.planIndicators.find((p) => p.name === '城镇新增就业人数' && p.targetYear === 2025);
    expect(jobs).toMatchObject({ baseValue: '14', baseYear: 2020, targetValue: '60', cumulative: true, nature: 'INDICATIVE', unitOfMeasure: '万人' });
    const unemployment = d.planIndicators.find((p) => p.name === '城镇登记失业率');
    expect(unemployment).toMatchObject({ targetValue: '5', targetOperator: '<', nature: 'BINDING' });
  });
});

describe('figures stated in prose agree with the tables they describe', () => {
  it('Fuzhou: each "（N）code-name X 万元" item equals the 合计 of that code in the 一般公共预算拨款支出表', () => {
    const d = parse(fuzhouBudget);
    const items = d.statedFigures.filter((s) => s.subjectCode !== null);
    expect(items.length).toBeGreaterThanOrEqual(29);
    for (const s of items) {
      const row = d.facts.find((f) => f.table.role === 'GENERAL_PUBLIC_EXPENDITURE' && f.subjectCode === s.subjectCode && f.column[0] === '合计');
      expect(row?.amount, `${s.subjectCode} ${s.subject}`).toBe(s.amount);
    }
    const gp = d.statedFigures.find((s) => s.subject === '一般公共预算拨款支出');
    expect(gp).toMatchObject({ amount: '194877.56', change: '24386.72', changePercent: '14.30' });
  });

  it('Xiamen: each "…（项）X 万元" item equals the 合计 of the same-named row of the 一般公共预算支出情况表', () => {
    const d = parse(xiamenBudget);
    const items = d.statedFigures.filter((s) => s.subjectCode === null && s.change === null);
    expect(items.length).toBe(32);
    for (const s of items) {
      const rows = d.facts.filter((f) => f.table.role === 'GENERAL_PUBLIC_EXPENDITURE' && f.subjectCode?.length === 7 && f.rowLabel === s.subject && f.column[0] === '合计');
      expect(rows.map((f) => f.amount), s.subject).toContain(s.amount);
    }
  });

  it('the fund budget states its income in prose as in its table', () => {
    const d = parse(fund);
    const income = d.statedFigures.find((s) => s.subject.includes('基金预算收入'));
    expect(income).toMatchObject({ amount: '338258', change: '4848', changePercent: '1.45' });
  });
});
