import { Decimal } from 'decimal.js';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { offlinePage, screenshotPath, seededBrowserFixture, type OfflinePage } from './helpers/browser.js';
import { fuzhouBudget, printed, section, stated, xiamenBudget } from './examples/seed-text.js';

/**
 * The visual explorer (docs/visual-explorer.md) in headless Chromium over the seed graph: each
 * view shows the figures the documents print (read here from the seed text, never from the API),
 * drills down on a click, offers its query in GraphiQL and its table as CSV, and is screenshotted
 * at 1280×800 into tests/output/visual-<view>.png.
 */

/** The slice of the browser's DOM the page functions use (this project type-checks against Node's lib). */
interface EditorDom {
  document: { querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null };
}
/** Runs in the page: GraphiQL's query and variables editors, once the query editor holds text. */
function editors(): [string, string] | false {
  const doc = (globalThis as unknown as EditorDom).document;
  const query = doc.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue() ?? '';
  return query ? [query, doc.querySelector('.graphiql-editor-tool .CodeMirror')?.CodeMirror?.getValue() ?? ''] : false;
}

interface Sent { query: string; variables: Record<string, unknown> }

describe('the visual explorer in a real browser (headless Chromium) over the seed graph', () => {
  const fx = seededBrowserFixture();
  const opened: OfflinePage[] = [];

  /** The page at `/`, with every POST /graphql it sends recorded (the queries "Open in GraphiQL" must reproduce). */
  async function openVisual(hash = ''): Promise<OfflinePage & { sent: Sent[] }> {
    const p = await offlinePage(fx.browser, new URL(fx.server.url).origin);
    opened.push(p);
    const sent: Sent[] = [];
    p.page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/graphql')) sent.push(JSON.parse(r.postData() ?? '{}') as Sent);
    });
    await p.page.goto(`${fx.server.url}/${hash}`);
    await ready(p.page);
    return { ...p, sent };
  }
  const ready = (page: Page) => page.locator('#view-panel[aria-busy="false"]').waitFor();
  async function chooseCity(page: Page, city: string): Promise<void> {
    await page.selectOption('#city', city);
    await ready(page);
  }
  const rowOf = (page: Page, text: string) => page.locator('table.data tbody tr', { hasText: text }).first();
  /** The cells of the first table row containing `text`, once it is shown. */
  async function cells(page: Page, text: string): Promise<string[]> {
    await rowOf(page, text).waitFor();
    return (await rowOf(page, text).locator('td').allInnerTexts()).map((c) => c.trim());
  }
  /** The source text as extracted keeps the printed words and numbers; spacing varies (tabs, spaces). */
  const words = (s: string) => s.replace(/\s+/g, ' ');

  /** Clicks "Download CSV" and returns the file's text. */
  async function downloadCsv(page: Page): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-role="csv"]').click()]);
    return fs.readFileSync((await download.path())!, 'utf8');
  }

  /** Opens the view's "Open in GraphiQL" link and checks GraphiQL shows exactly the last query the view sent. */
  async function expectGraphiqlShows(page: Page, sent: Sent[], operation: string): Promise<void> {
    const last = sent.filter((s) => s.query.includes(operation)).at(-1);
    expect(last, `the page sent ${operation}`).toBeDefined();
    const href = await page.locator('[data-role="graphiql"]').getAttribute('href');
    expect(href).toMatch(/^\/explorer\?query=/);
    const explorer = await offlinePage(fx.browser, new URL(fx.server.url).origin);
    opened.push(explorer);
    await explorer.page.goto(fx.server.url + href!);
    const [query, variables] = (await (await explorer.page.waitForFunction(editors)).jsonValue()) as [string, string];
    expect(query).toBe(last!.query);
    expect(JSON.parse(variables || '{}')).toEqual(last!.variables);
    expect(explorer.foreign).toEqual([]);
  }

  afterAll(() => {
    // Offline and clean: no request left the server, no script error, in any page opened.
    for (const p of opened) {
      expect(p.foreign).toEqual([]);
      expect(p.problems).toEqual([]);
    }
  });

  it('where the money goes: Fuzhou 2024 by functional code as printed in 支出预算总表, drilled 类 → 款 → 项 by click and keyboard', async () => {
    // 2024 年度支出预算总表: "合计 198260.91 122683.84 75577.07", "208 社会保障和就业支出 181187.36 …",
    // "2080116 引进人才费用 19776.80 (项目)".
    const table = section(fuzhouBudget, /^#### 2024 年度支出预算总表$/, /^####/);
    const total = stated(table, /^合计\t\t([\d.]+)\t([\d.]+)\t([\d.]+)/m);
    const c208 = stated(table, /^208\t社会保障和就业支出\t([\d.]+)\t([\d.]+)\t([\d.]+)/m);
    const s20801 = stated(table, /^20801\t人力资源和社会保障管理事务\t([\d.]+)\t([\d.]+)\t([\d.]+)/m);
    const i2080116 = stated(table, /^2080116\t引进人才费用\t([\d.]+)\t\t([\d.]+)/m);
    expect(new Decimal(total[2]!).plus(total[3]!).toFixed(2)).toBe(total[1]);

    const { page, sent } = await openVisual('#view=treemap');
    await chooseCity(page, '福州市');
    expect(await cells(page, '合计 Total')).toEqual(['', '合计 Total', total[1], total[2], total[3], '']);
    expect(await cells(page, '社会保障和就业支出')).toEqual(['208', '社会保障和就业支出', c208[1], c208[2], c208[3], '展开 208 Drill down']);
    await page.screenshot({ path: screenshotPath('visual-treemap') });

    const csv = await downloadCsv(page);
    expect(csv.startsWith('\uFEFF科目编码 Code,')).toBe(true);
    expect(csv).toContain(`208,社会保障和就业支出,${c208[1]},${c208[2]},${c208[3]}\r\n`);
    expect(csv).toContain(`,合计 Total,${total[1]},${total[2]},${total[3]}\r\n`);
    await expectGraphiqlShows(page, sent, 'query WhereTheMoneyGoes');

    // A click on the chart: class 208 covers nine tenths of the area, so its centre is 208.
    const box = (await page.locator('.chart.treemap').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.crumbs [aria-current="page"]', { hasText: '208 社会保障和就业支出' }).waitFor();
    expect(await cells(page, '人力资源和社会保障管理事务')).toEqual(['20801', '人力资源和社会保障管理事务', s20801[1], s20801[2], s20801[3], '展开 20801 Drill down']);

    // The keyboard: Tab from the view's toolbar to the first drill button, Enter drills into 20801.
    await page.locator('[data-role="csv"]').focus();
    for (let i = 0; i < 12 && !(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { className: string } } }).document.activeElement.className === 'drill')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.crumbs [aria-current="page"]', { hasText: '20801' }).waitFor();
    await rowOf(page, '引进人才费用').locator('button.drill').click();
    await page.locator('.figure', { hasText: `2080116 引进人才费用: 合计 Total ${i2080116[1]} 万元` }).waitFor();
    await expect(page.locator('.figure').innerText()).resolves.toContain(`项目支出 Project ${i2080116[2]}`);
  });

  it('where the money goes, down to projects: Xiamen 2080116 lists the project its transfer funds', async () => {
    // 市对区转移支付支出预算表: "… 2080116 引进人才费用 … 新引进人才生活补贴 17,513.00"; the project's own table: 人才扶持（对区转移支付）.
    expect(xiamenBudget).toMatch(/2080116 引进人才费用 一般公共预算资金 专项转移支付 新引进人才生活补贴 17,513\.00/);
    const { page, sent } = await openVisual('#view=treemap');
    await chooseCity(page, '厦门市');
    await page.locator('button.drill[data-code="208"]').click();
    await page.locator('button.drill[data-code="20801"]').click();
    await page.locator('button.drill[data-code="2080116"]').click();
    const project = await cells(page, '人才扶持（对区转移支付）');
    expect(project[0]).toBe('人才扶持（对区转移支付）');
    expect(xiamenBudget).toContain(`项目名称 ${project[0]}`);
    await expectGraphiqlShows(page, sent, 'query ProjectsUnderSubjectCode');
  });

  it('flows: Fuzhou sources → basic/project → class as printed, a link lists its rows; Xiamen transfers total 20,826.00 and a link lists its projects', async () => {
    const table = section(fuzhouBudget, /^#### 2024 年度支出预算总表$/, /^####/);
    const total = stated(table, /^合计\t\t([\d.]+)\t([\d.]+)\t([\d.]+)/m);
    const admin = stated(table, /^2080101\t行政运行\t([\d.]+)\t([\d.]+)\t/m); // basic part of 行政运行

    const { page, sent } = await openVisual('#view=sankey');
    await chooseCity(page, '福州市');
    await expect(page.locator('.figure').innerText()).resolves.toContain(`支出 Expenditure ${total[1]} 万元 = 基本支出 Basic expenditure ${total[2]} + 项目支出 Project expenditure ${total[3]}`);
    await page.screenshot({ path: screenshotPath('visual-sankey') });
    await rowOf(page, '社会保障和就业支出').locator('button.link-detail').click(); // 基本支出 → 208 (first such row)
    await page.locator('.detail h3', { hasText: '基本支出 Basic expenditure → 208 社会保障和就业支出' }).waitFor();
    const rows = await page.locator('.detail table.data tbody tr', { hasText: '行政运行' }).first().locator('td').allInnerTexts();
    expect(rows[3]).toBe(admin[2]);
    expect(words(rows[5]!)).toContain(`2080101 行政运行 ${admin[1]} ${admin[2]}`);
    await expectGraphiqlShows(page, sent, 'query RowsBehindLink');

    // 附件9 市对区转移支付支出预算表: 合计： 20,826.00; 厦门市人才服务中心 … 新引进人才生活补贴 17,513.00.
    const transfers = section(xiamenBudget, /^市对区转移支付支出预算表$/, /^ 附件10$/);
    const sum = printed(stated(transfers, /^合计： ([\d,.]+)$/m)[1]!);
    const talent = printed(stated(transfers, /厦门市人才服务中心 .* 新引进人才生活补贴 ([\d,.]+)$/m)[1]!);
    await chooseCity(page, '厦门市');
    await page.selectOption('#flow-mode', 'transfers');
    await page.locator('.figure', { hasText: `转移支付合计 Transfers total ${sum} 万元` }).waitFor();
    // A click on the chart: the city → 厦门市人才服务中心 band carries 17,513.00 of 20,826.00, the upper part of the first column gap.
    const chart = (await page.locator('.chart.sankey').boundingBox())!;
    await page.mouse.click(chart.x + chart.width * 0.25, chart.y + chart.height * 0.3);
    await page.locator('.detail h3', { hasText: `厦门市 City → 厦门市人才服务中心 (${talent} 万元)` }).waitFor();
    await expect(page.locator('.detail table.data tbody').innerText()).resolves.toContain('新引进人才生活补贴');
    const link = page.locator('table.data tbody tr').filter({ has: page.locator('td', { hasText: /^厦门市人才服务中心$/ }) }).filter({ has: page.locator('td', { hasText: /^各区$/ }) });
    await link.locator('button.link-detail').click();
    const behind = await page.locator('.detail table.data tbody tr').first().locator('td').allInnerTexts();
    expect(behind.slice(0, 5)).toEqual(['新引进人才生活补贴', '厦门市人才服务中心', '各区', '2080116 引进人才费用', talent]);
    expect(behind[5]).toBe('人才扶持（对区转移支付）');
    const csv = await downloadCsv(page);
    expect(csv).toContain(`新引进人才生活补贴,厦门市人才服务中心,各区,2080116 引进人才费用,${talent},人才扶持（对区转移支付）`);
    await expectGraphiqlShows(page, sent, 'query TransferFlows');
  });

  it('change over time: Fuzhou 2024 收入预算 against last year as stated, its source line on click; 2080116 across the two cities', async () => {
    // "收入预算为198260.91万元，比上年增加5828.37万元，增长3.03%"
    const m = stated(fuzhouBudget, /(福州市人力资源和社会保障局收入预算为)([\d.]+)万元，比上年增加([\d.]+)万元，增长([\d.]+)%/);
    const previous = new Decimal(m[2]!).minus(m[3]!).toFixed(2);
    const { page, sent } = await openVisual('#view=change');
    await chooseCity(page, '福州市');
    expect(await cells(page, m[1]!)).toEqual([m[1], previous, m[2], m[3], m[4], m[4], '是 yes', '原文 Source']);
    await page.screenshot({ path: screenshotPath('visual-change') });
    await rowOf(page, m[1]!).locator('button.source').click();
    await expect(page.locator('.detail pre.raw').innerText()).resolves.toContain(`收入预算为${m[2]}万元，比上年增加${m[3]}万元`);
    expect(await downloadCsv(page)).toContain(`${m[1]},${previous},${m[2]},${m[3]},${m[4]},${m[4]},是 yes`);
    await expectGraphiqlShows(page, sent, 'query StatedChanges');

    // 2080116 引进人才费用: Xiamen 33,946.00 (部门支出预算总体情况表), Fuzhou 19776.80 (支出预算总表), one year only.
    const xiamen = printed(stated(xiamenBudget, /^2080116 引进人才费用 ([\d,.]+) /m)[1]!);
    const fuzhou = stated(section(fuzhouBudget, /^#### 2024 年度支出预算总表$/, /^####/), /^2080116\t引进人才费用\t([\d.]+)/m)[1]!;
    await page.selectOption('#change-kind', 'code');
    await page.locator('table.data caption', { hasText: '科目 Subject code · 2080116' }).waitFor();
    expect((await cells(page, '厦门市')).slice(1, 5)).toEqual(['2024', '厦门市', expect.stringContaining('厦门市') as unknown as string, xiamen]);
    expect((await cells(page, '福州市')).at(4)).toBe(fuzhou);
    expect((await cells(page, '福州市')).at(7)).toBe(new Decimal(fuzhou).minus(xiamen).toFixed(2));
    await expect(page.locator('.summary').innerText()).resolves.toContain('只有 2024 一个年度');
    await expectGraphiqlShows(page, sent, 'query CompareSubjectCode');

    // A project across documents: 人才引进与培养专项经费, "预算资金 2,918.00 万元 其中：财政拨款数 2,918.00 万元" (Xiamen 2024).
    const funds = stated(xiamenBudget, /项目名称 人才引进与培养专项经费[\s\S]*?预算资金 ([\d,.]+) 万元 其中：财政拨款数 ([\d,.]+) 万元/);
    await page.selectOption('#change-kind', 'project');
    await page.locator('table.data caption', { hasText: '项目 Project · 人才引进与培养专项经费' }).waitFor();
    expect((await cells(page, '资金总额 Total funds')).slice(0, 5)).toEqual(['资金总额 Total funds', '2024', '厦门市', expect.any(String) as unknown as string, printed(funds[1]!)]);
    expect((await cells(page, '财政拨款 Fiscal funds')).at(4)).toBe(printed(funds[2]!));
  });

  it('draws every view for every budget document without an error (the fund budget has no functional codes or transfers)', async () => {
    const { page } = await openVisual();
    const documents = await page.locator('#document option').count();
    const seen: string[] = [];
    for (const city of await page.locator('#city option').allInnerTexts()) {
      await chooseCity(page, city);
      for (const year of await page.locator('#year option').allInnerTexts()) {
        await page.selectOption('#year', year);
        await ready(page);
        for (const tab of ['#tab-treemap', '#tab-sankey', '#tab-change', '#tab-issues']) {
          await page.locator(tab).click();
          await ready(page);
          expect(await page.locator('#view-panel .error').count(), `${city} ${year} ${tab}`).toBe(0);
          expect(await page.locator('#view-panel table.data, #view-panel .note').count(), `${city} ${year} ${tab}`).toBeGreaterThan(0);
        }
        seen.push(`${city} ${year}`);
      }
    }
    expect(documents).toBeGreaterThan(0);
    expect(seen).toEqual(expect.arrayContaining(['福州市 2024', '福州市 2026', '厦门市 2024']));
  });

  it('what does not add up: the 800 万元 between the two statements of 一般公共预算拨款收入, with the printed lines', async () => {
    // 收支预算总表 "一、一般公共预算拨款收入 194077.56"; 财政拨款收支预算总表 "一、一般公共预算拨款收入 194877.56".
    const printedTwice = [...fuzhouBudget.matchAll(/^一、一般公共预算拨款收入\t([\d.]+)/gm)].map((x) => x[1]!);
    expect(printedTwice).toHaveLength(2);
    const [expected, actual] = printedTwice as [string, string];
    const difference = new Decimal(actual).minus(expected).toFixed(2);

    const { page, sent } = await openVisual('#view=issues');
    await chooseCity(page, '福州市');
    await page.selectOption('#issue-severity', 'ERROR');
    const row = page.locator('table.data tbody tr', { hasText: 'CROSS_TABLE_TOTAL' }).filter({ hasText: 'Revenue by source' }).first();
    const shown = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
    expect(shown.slice(0, 2)).toEqual(['错误 Error', 'CROSS_TABLE_TOTAL']);
    expect(shown.slice(3, 6)).toEqual([expected, actual, difference]);
    await page.screenshot({ path: screenshotPath('visual-issues') });
    await row.locator('button.source').click();
    const raw = words(await page.locator('.detail table.data tbody').innerText());
    expect(raw).toContain(`一、一般公共预算拨款收入 ${expected} 一、一般公共服务支出`);
    expect(raw).toContain(`一、一般公共预算拨款收入 ${actual} 一、一般公共服务支出`);
    const csv = await downloadCsv(page);
    expect(csv).toContain(`错误 Error,CROSS_TABLE_TOTAL,`);
    expect(csv).toContain(`,${expected},${actual},${difference},`);
    await expectGraphiqlShows(page, sent, 'query WhatDoesNotAddUp');

    // The keyboard moves between the views: arrow keys on the tab list.
    await page.locator('#tab-issues').focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('#tab-change[aria-selected="true"]').waitFor();
    await ready(page);
    await expect(page.locator('#view-panel h2').innerText()).resolves.toContain('Change over time');
  });
});
