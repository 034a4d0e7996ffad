import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { checkContent, documentPath } from '../../contract/index.ts';
import { precacheFile, writeServiceWorker, type PrecacheEntry } from '../../site/integrations/service-worker.ts';
import { runAstroBuild } from '../../site/build/astro-build.ts';
import { copyOfSampleContent } from '../support/content-fixture.ts';
import { launchBrowser } from '../support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../support/console.ts';
import { resultPaths, searchStatus } from '../support/search-page.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
const visited = documents.find((d) => d.collection === 'practice-examples' && d.data.region === 'flevoland')!;
const notVisited = documents.find((d) => d.collection === 'expert-pieces')!;
const alsoVisited = documents.find((d) => d.collection === 'expert-pieces' && d.slug !== notVisited.slug)!;

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

describe('after a publication of one document', () => {
  let dist: string;
  let base: string;
  let server: Server;
  /** What the local server was asked, with the headers that tell a page load from a worker fetch. */
  const log: { url: string; mode: string | undefined }[] = [];
  beforeAll(async () => {
    dist = path.join(mkdtempSync(path.join(tmpdir(), 'schoolnabij-publish-')), 'dist');
    cpSync(inject('siteDir'), dist, { recursive: true });
    server = createSiteServer(dist);
    server.on('request', (request) => log.push({ url: request.url!, mode: request.headers['sec-fetch-mode'] as string | undefined }));
    base = await listen(server, 0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(path.dirname(dist), { recursive: true, force: true });
  });

  /** The precache manifest the built sw.js carries. */
  function manifestOf(dir: string): PrecacheEntry[] {
    const source = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const json = /const PRECACHE = (\[[\s\S]*?\]);\n/.exec(source)?.[1];
    if (!json) throw new Error(`${dir}/sw.js holds no "const PRECACHE = [...];" line; the test reads the manifest from it`);
    return JSON.parse(json) as PrecacheEntry[];
  }

  /** Until the worker's precache holds exactly this manifest: the new worker installed and activated. */
  async function precacheHolds(page: Page, manifest: PrecacheEntry[]) {
    const wanted = manifest.map((entry) => `${base}${entry.url}?__rev=${entry.revision}`).sort();
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('precache')).keys()).map((r) => r.url).sort()), { timeout: 60_000 })
      .toEqual(wanted);
  }

  it('fetches only the changed files, keeps the pages opened before and serves the changed page fresh online', async () => {
    const before = manifestOf(dist);
    const { context, page } = await freshPage();
    const visitedPath = documentPath(visited.collection, visited.slug);
    const alsoVisitedPath = documentPath(alsoVisited.collection, alsoVisited.slug);
    await visitSearchPage(page, base);
    await precacheHolds(page, before);
    for (const url of ['/', visitedPath, alsoVisitedPath]) await page.goto(`${base}${url}`);

    // The publication: the site rebuilt into the folder it is served from, one document changed.
    const contentDir = copyOfSampleContent();
    appendFileSync(path.join(contentDir, visited.collection, `${visited.slug}.mdx`), '\nBijgewerkt na de publicatie van vandaag.\n');
    const build = await runAstroBuild({ outDir: dist, contentDir, env: { NEWSLETTER_FORM_ACTION: '', CMS_PUBLIC_URL: '' } });
    expect(build.code, build.output).toBe(0);
    const after = manifestOf(dist);
    const known = new Set(before.map((entry) => `${entry.url} ${entry.revision}`));
    const changed = after.filter((entry) => !known.has(`${entry.url} ${entry.revision}`)).map((entry) => entry.url);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(after.length / 4);

    log.length = 0;
    await page.goto(`${base}/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await precacheHolds(page, after);
    // Besides the page load and the worker script itself, the server was asked for the changed files only.
    const fetched = log.filter((entry) => entry.mode !== 'navigate' && !entry.url.startsWith('/sw.js')).map((entry) => entry.url.split('?')[0]);
    expect(fetched.sort()).toEqual([...changed].sort());
    const bytes = (urls: string[]) => urls.reduce((sum, url) => sum + statSync(precacheFile(dist, url)).size, 0);
    console.log(`after the publication: ${changed.length} of ${after.length} precached files fetched, ${bytes(changed)} of ${bytes(after.map((e) => e.url))} bytes (${changed.join(', ')})`);

    await context.setOffline(true);
    await page.goto(`${base}${visitedPath}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(visited.data.title);
    await page.goto(`${base}${alsoVisitedPath}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(alsoVisited.data.title);
    await page.goto(`${base}/zoeken/?q=dronten`);
    await expect.poll(() => searchStatus(page).textContent()).toContain('dronten');
    expect(await resultPaths(page)).toContain(visitedPath);

    // Online again, the changed page is the new one: pages come from the network first.
    await context.setOffline(false);
    await page.goto(`${base}${visitedPath}`);
    expect(await page.getByText('Bijgewerkt na de publicatie van vandaag.').count()).toBe(1);
    await context.close();
  });
});
