import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { HttpServer } from '../../src/api/http-server.js';
import { projectRoot } from '../../src/config/paths.js';
import type { GraphExecutor } from '../../src/graph/executor.js';
import { startTestServer } from './api.js';
import { testExecutor, wipe } from './graph.js';
import { loadSeedGraph } from './seed-graph.js';

/** Debian's Chromium (scripts/install-chromium.sh): Playwright cannot download browsers here. */
export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run scripts/install-chromium.sh as root (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Background networking off: this machine's closed network refuses Google's hosts.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page whose network is "cut": requests leaving `origin` are aborted and recorded in `foreign`. */
export interface OfflinePage {
  page: Page;
  foreign: string[];
  /** Page errors and console errors. */
  problems: string[];
}

export async function offlinePage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<OfflinePage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { page, foreign, problems };
}

/** tests/output/<name>.png (git-ignored; the README's copy lives in docs/images/). */
export function screenshotPath(name: string): string {
  const file = path.join(projectRoot, 'tests', 'output', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

/**
 * For a describe block: the seed graph, the real HTTP server over it and Chromium, started before
 * its tests and closed (graph wiped) after them. Read `server` and `browser` inside the tests.
 */
export function seededBrowserFixture(): { readonly server: HttpServer; readonly browser: Browser } {
  let db: GraphExecutor | undefined;
  let server: HttpServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    db = await testExecutor();
    await loadSeedGraph(db);
    server = await startTestServer(db);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (db) {
      await wipe(db);
      await db.close();
    }
  });
  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
  };
}
