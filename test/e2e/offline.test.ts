import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { checkContent, documentPath } from '../../contract/index.ts';
import { writeServiceWorker } from '../../site/integrations/service-worker.ts';
import { launchBrowser } from '../support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../support/console.ts';
import { resultPaths, searchStatus } from '../support/search-page.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
const visited = documents.find((d) => d.collection === 'practice-examples' && d.data.region === 'flevoland')!;
const notVisited = documents.find((d) => d.collection === 'expert-pieces')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

/** A new browser context and a page in it whose console is watched. */
async function freshPage() {
  const context = await browser.newContext();
  return { context, page: watchConsole(await context.newPage()) };
}

/** One visit to the search page, until its service worker has installed and controls the site. */
async function visitSearchPage(page: Page, origin: string) {
  await page.goto(`${origin}/zoeken/`);
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

it('searches and shows visited pages offline after one visit', async () => {
  const { context, page } = await freshPage();
  await visitSearchPage(page, base);
  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}`);

  await context.setOffline(true);
  await page.goto(`${base}/zoeken/?q=dronten`);
  await expect.poll(() => searchStatus(page).textContent()).toContain('dronten');
  expect(await resultPaths(page)).toContain(documentPath(visited.collection, visited.slug));

  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}?utm_source=nieuwsbrief`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(visited.data.title);
  // A page never opened is not there offline: the cache holds what was visited, nothing more.
  await expect(page.goto(`${base}${documentPath(notVisited.collection, notVisited.slug)}`)).rejects.toThrow();
  await context.close();
});

describe('with an index too large to precache whole', () => {
  let root: string;
  let base: string;
  let server: Server;
  beforeAll(async () => {
    // The sample site's own build, with its service worker written as for a large index.
    root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-sw-'));
    cpSync(inject('siteDir'), root, { recursive: true });
    const { urls, wholeIndex } = writeServiceWorker(root, 0);
    expect(wholeIndex).toBe(false);
    expect(urls.filter((url) => /^\/pagefind\/(index|fragment)\//.test(url))).toEqual([]);
    server = createSiteServer(root);
    base = await listen(server, 0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('precaches the core and keeps what searches used: a word searched online is found offline, another says why not', async () => {
    const { context, page } = await freshPage();
    await visitSearchPage(page, base);
    await page.goto(`${base}/zoeken/?q=dronten`);
    await expect.poll(() => searchStatus(page).textContent()).toContain('dronten');
    const online = await resultPaths(page);
    expect(online).toContain(documentPath(visited.collection, visited.slug));

    await context.setOffline(true);
    await page.goto(`${base}/zoeken/?q=dronten`);
    await expect.poll(() => searchStatus(page).textContent()).toContain('dronten');
    expect(await resultPaths(page)).toEqual(online);

    await page.goto(`${base}/zoeken/?q=wachtlijst`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    expect(await searchStatus(page).textContent()).toMatch(/^(Geen resultaten voor “wachtlijst”\. )?U bent offline\. Zonder verbinding vindt zoeken alleen wat u eerder online hebt gezocht\.$/);
    await context.close();
  });

  it('says so on “Toon meer” when the further results were never fetched', async () => {
    const { context, page } = await freshPage();
    await visitSearchPage(page, base);
    await page.goto(`${base}/zoeken/?q=jeugdhulp`);
    const more = page.getByRole('button', { name: /^Toon meer resultaten \(\d+\)$/ });
    await more.waitFor();

    await context.setOffline(true);
    await page.goto(`${base}/zoeken/?q=jeugdhulp`);
    await more.click();
    await page.getByRole('button', { name: 'U bent offline. Zonder verbinding vindt zoeken alleen wat u eerder online hebt gezocht.' }).waitFor();
    expect(await resultPaths(page)).toHaveLength(10);
    await context.close();
  });
});
