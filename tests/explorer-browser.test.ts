import { describe, expect, it } from 'vitest';
import { seedContaining } from '../loaders/seed-fixtures.js';
import { offlinePage, screenshotPath, seededBrowserFixture } from './helpers/browser.js';

/** The slice of the browser's DOM these page functions use (this project type-checks against Node's lib). */
interface EditorDom {
  document: { querySelector(selector: string): { CodeMirror?: { getValue(): string } } | null };
}

/**
 * Runs in the page: the whole text of the CodeMirror 5 editor inside `selector` (GraphiQL 3 keeps
 * the editor on its wrapper element; the DOM renders only the visible lines). Self-contained:
 * Playwright sends its source to the browser.
 */
function editorText(selector: string): string {
  return (globalThis as unknown as EditorDom).document.querySelector(`${selector} .CodeMirror`)?.CodeMirror?.getValue() ?? '';
}

/** Runs in the page: the response pane's text once it holds a result, else false (keep waiting). */
function resultText(): string | false {
  const text = (globalThis as unknown as EditorDom).document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
  return text.includes('"data"') || text.includes('"errors"') ? text : false;
}

describe('the explorer in a real browser (headless Chromium) over the seed graph', () => {
  const fx = seededBrowserFixture();

  it('loads offline, runs the Fuzhou example and shows the 86 projects the document states; docs, history and autocompletion work', async () => {
    // "2024年，福州市人力资源和社会保障局共设置86个项目绩效目标，…"
    const stated = /共设置\s*(\d+)\s*个项目绩效目标/.exec(seedContaining('福州市人力资源和社会保障', '部门预算').text);
    expect(stated).not.toBeNull();

    // The network is "cut": any request leaving this server is aborted and recorded.
    const { page, foreign, problems } = await offlinePage(fx.browser, new URL(fx.server.url).origin, { width: 1440, height: 900 });

    await page.goto(`${fx.server.url}/explorer`);
    const example = page.locator('button.explorer-example', { hasText: 'Projects of the Fuzhou 2024 department budget' });
    await example.click();
    const queryText = await page.evaluate(editorText, '.graphiql-query-editor');
    expect(queryText).toContain('query FuzhouProjects2024');

    await page.locator('button.graphiql-execute-button').click();
    // Waits (Playwright's default limit) until the response pane holds a result, then reads it whole
    // from CodeMirror (the DOM renders only the visible lines).
    const handle = await page.waitForFunction(resultText);
    const result = JSON.parse(String(await handle.jsonValue())) as { data?: { projects: { totalCount: number; edges: { node: { name: string } }[] } }; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.data?.projects.totalCount).toBe(Number(stated![1]));
    expect(result.data?.projects.edges).toHaveLength(10);
    // The figure is on screen, not only in the editor's model.
    await expect(page.locator('.result-window').innerText()).resolves.toContain(`"totalCount": ${stated![1]}`);

    await page.screenshot({ path: screenshotPath('explorer') });

    // The schema reached the docs (introspection through /graphql), and the run is in the history.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Root Types').waitFor();
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('projectBudgets', { exact: true }).first().waitFor();
    await page.locator('button[aria-label="Show History"]').click();
    await page.locator('.graphiql-history').getByText('FuzhouProjects2024').waitFor();

    // Autocompletion from the schema: typing in a fresh tab offers the root field `status`.
    await page.locator('button[aria-label="Add tab"]').click();
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('{ stat');
    await page.locator('.CodeMirror-hints .CodeMirror-hint', { hasText: 'status' }).first().waitFor();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
