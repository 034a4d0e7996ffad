import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { checkContent, documentPath } from '../../site/contract/index.ts';
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

it('searches and shows visited pages offline after one visit', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/zoeken/`);
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  // The service worker has installed (precached the index) and controls the site.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}`);

  await context.setOffline(true);
  await page.goto(`${base}/zoeken/?q=dronten`);
  await page.waitForFunction(() => (document.querySelector('[data-search-count]')?.textContent ?? '').includes('dronten'));
  const links = await page.locator('[data-search-results] .result__title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links).toContain(documentPath(visited.collection, visited.slug));

  await page.goto(`${base}${documentPath(visited.collection, visited.slug)}?utm_source=nieuwsbrief`);
  expect(await page.locator('h1').textContent()).toBe(visited.data.title);
  // A page never opened is not there offline: the cache holds what was visited, nothing more.
  await expect(page.goto(`${base}${documentPath(notVisited.collection, notVisited.slug)}`)).rejects.toThrow();
  await context.close();
});
