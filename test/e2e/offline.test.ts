import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { checkContent, documentPath } from '../../contract/index.ts';
import { writeServiceWorker } from '../../site/integrations/service-worker.ts';
import { launchBrowser } from '../support/browser.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
const visited = documents.find((d) => d.collection === 'practice-examples' && d.data.region === 'flevoland')!;
const notVisited = documents.find((d) => d.collection === 'expert-pieces')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const resultPaths = (page: Page) =>
  page.locator('[data-search-results] .result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** One visit to the search page, until its service worker has installed and controls the site. */
async function visitSearchPage(page: Page, origin: string) {
  await page.goto(`${origin}/zoeken/`);
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

it('searches and shows visited pages offline after one visit', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await visitSearchPage(page, base);
  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}`);

  await context.setOffline(true);
  await page.goto(`${base}/zoeken/?q=dronten`);
  await page.waitForFunction(() => (document.querySelector('[data-search-count]')?.textContent ?? '').includes('dronten'));
  expect(await resultPaths(page)).toContain(documentPath(visited.collection, visited.slug));

  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}?utm_source=nieuwsbrief`);
  expect(await page.locator('h1').textContent()).toBe(visited.data.title);
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
    const context = await browser.newContext();
    const page = await context.newPage();
    await visitSearchPage(page, base);
    await page.goto(`${base}/zoeken/?q=dronten`);
    await page.waitForFunction(() => (document.querySelector('[data-search-count]')?.textContent ?? '').includes('dronten'));
    const online = await resultPaths(page);
    expect(online).toContain(documentPath(visited.collection, visited.slug));

    await context.setOffline(true);
    await page.goto(`${base}/zoeken/?q=dronten`);
    await page.waitForFunction(() => (document.querySelector('[data-search-count]')?.textContent ?? '').includes('dronten'));
    expect(await resultPaths(page)).toEqual(online);

    await page.goto(`${base}/zoeken/?q=wachtlijst`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    expect(await page.locator('[data-search-count]').textContent()).toContain('offline');
    await context.close();
  });

  it('says so on “Toon meer” when the further results were never fetched', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await visitSearchPage(page, base);
    await page.goto(`${base}/zoeken/?q=jeugdhulp`);
    const more = page.locator('.result-more button');
    await more.waitFor();

    await context.setOffline(true);
    await page.goto(`${base}/zoeken/?q=jeugdhulp`);
    await more.click();
    await page.waitForFunction(() => (document.querySelector('.result-more button')?.textContent ?? '').includes('offline'));
    expect(await page.locator('[data-search-results] .result').count()).toBe(10);
    await context.close();
  });
});
