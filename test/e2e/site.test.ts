import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath, type CheckedDocument } from '../../contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { expectConsoleError, takeConsoleErrors, watchConsole } from '../support/console.ts';
import { filterBox, filterCount, resultList, resultPaths, searchBox, searchStatus } from '../support/search-page.ts';

const base = inject('siteUrl');
const { documents, regions } = checkContent(path.resolve('content'));
const regionName = (slug: string) => regions.find((r) => r.slug === slug)!.name;
const examples = documents.filter((d) => d.collection === 'practice-examples');

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  const context = await browser.newContext();
  page = watchConsole(await context.newPage());
  return () => context.close();
});
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

const words = (text: string) => text.toLowerCase().match(/\p{L}{7,}/gu) ?? [];

/** A word that stands in the body of exactly one document, and not in its title or summary. */
function wordOnlyInBodyOf(doc: CheckedDocument): string {
  const elsewhere = new Set(documents.filter((d) => d !== doc).flatMap((d) => words(`${d.data.title} ${d.data.summary} ${d.body}`)));
  const visible = new Set(words(`${doc.data.title} ${doc.data.summary}`));
  const word = words(doc.body).find((w) => !elsewhere.has(w) && !visible.has(w) && /^[a-z]+$/.test(w));
  if (!word) throw new Error(`no word unique to the body of ${doc.file}`);
  return word;
}

const resultLinks = () => resultPaths(page);

async function searchSettled() {
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  // Results render after a short typing pause; wait until no search is running (aria-busy)
  // and the count names the current query.
  await page.waitForFunction(() => {
    if (document.querySelector('[data-search-results]')?.hasAttribute('aria-busy')) return false;
    const q = (document.querySelector('input[name="q"]') as HTMLInputElement).value.trim();
    const count = document.querySelector('[data-search-count]')?.textContent ?? '';
    return q ? count.includes(q) : count.length > 0;
  });
}

describe('search', () => {
  it('finds a practice example by a word from its body, typed by a visitor', async () => {
    const doc = examples[0]!;
    const word = wordOnlyInBodyOf(doc);
    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    await searchBox(page).pressSequentially(word, { delay: 20 });
    await searchSettled();
    expect(await resultLinks()).toEqual([documentPath(doc.collection, doc.slug)]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
  });

  it('narrows results with a filter, and a reload of the URL reproduces query and filters', async () => {
    const regionOf = new Map(examples.filter((d) => d.data.region).map((d) => [d.slug, d.data.region as string]));
    const region = [...regionOf.values()][0]!;
    const inRegion = examples.filter((d) => d.data.region === region).map((d) => documentPath(d.collection, d.slug));

    await page.goto(`${base}/zoeken/?soort=praktijkvoorbeelden`);
    await searchSettled();
    const all = await resultLinks();
    expect(all.length).toBe(examples.length);

    await filterBox(page, 'Regio', regionName(region)).check();
    await expect.poll(() => resultLinks().then((links) => links.length)).toBe(inRegion.length);
    const narrowed = await resultLinks();
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.sort()).toEqual([...inRegion].sort());

    const url = new URL(page.url());
    expect(url.searchParams.getAll('regio')).toEqual([region]);
    await page.reload();
    await searchSettled();
    expect(await filterBox(page, 'Regio', regionName(region)).isChecked()).toBe(true);
    expect(await filterBox(page, 'Soort', 'Praktijkvoorbeelden').isChecked()).toBe(true);
    expect((await resultLinks()).sort()).toEqual([...inRegion].sort());
  });

  it('opens a newsletter link with query and filter as the same search', async () => {
    const doc = examples.find((d) => d.data.region)!;
    const word = wordOnlyInBodyOf(doc);
    await page.goto(`${base}/zoeken/?q=${word}&regio=${doc.data.region}&utm_source=nieuwsbrief`);
    await searchSettled();
    expect(await searchBox(page).inputValue()).toBe(word);
    expect(await resultLinks()).toEqual([documentPath(doc.collection, doc.slug)]);
    await page.goto(`${base}/zoeken/?q=${word}&regio=bestaat-niet`);
    await searchSettled();
    expect(await resultLinks()).toEqual([]);
    expect(await searchStatus(page).textContent()).toBe('Geen resultaten voor “' + word + '”.');
  });
});

describe('the 404 page', () => {
  it('answers 404 and suggests the page a mistyped address meant', async () => {
    const doc = examples[0]!;
    // Chromium logs the 404 of the page itself; nothing else may be logged.
    expectConsoleError(page, /status of 404 \(Not Found\)/);
    const response = await page.goto(`${base}/praktijkvoorbeelden/${doc.slug}-oud/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Deze pagina bestaat niet (meer)');
    const suggestion = page.getByRole('region', { name: 'Bedoelde u misschien' }).getByRole('link', { name: doc.data.title, exact: true });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('href')).toBe(documentPath(doc.collection, doc.slug));
  });
});

describe('content pages', () => {
  it('load no script at all', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const doc of [examples[0]!, documents.find((d) => d.collection === 'pages')!]) {
      await page.goto(`${base}${documentPath(doc.collection, doc.slug)}`, { waitUntil: 'load' });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(doc.data.title);
    }
    expect(scripts).toEqual([]);
  });

  it('are usable by keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.goto(`${base}${documentPath(examples[0]!.collection, examples[0]!.slug)}`);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Naar de inhoud' }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('main'))).toBe(true);
  });
});

describe('search as a product', () => {
  it('shows filter counts, narrows with a filter, and restores the earlier state with the back button', async () => {
    await page.goto(`${base}/zoeken/?q=school`);
    await searchSettled();
    const total = (await resultLinks()).length;
    const poCount = await filterCount(page, 'Onderwijstype', 'Primair onderwijs');
    expect(poCount).toBeGreaterThan(0);

    // A slow network keeps the earlier results on screen while the filtered search runs.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await route.continue();
    });
    await filterBox(page, 'Onderwijstype', 'Primair onderwijs').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('onderwijstype') === 'po');
    await searchSettled();
    // The count next to the filter said how many results it would leave.
    expect((await resultLinks()).length).toBe(poCount);

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('onderwijstype'));
    await searchSettled();
    expect(await filterBox(page, 'Onderwijstype', 'Primair onderwijs').isChecked()).toBe(false);
    expect((await resultLinks()).length).toBe(total);
  });

  it('sorts by date, newest first', async () => {
    await page.goto(`${base}/zoeken/?soort=praktijkvoorbeelden&sorteer=datum`);
    await searchSettled();
    const expected = examples
      .slice()
      .sort((a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt))
      .map((d) => documentPath(d.collection, d.slug));
    const got = await resultLinks();
    // Ties on the same date may come in any order; the dates themselves must descend.
    const dateOf = new Map(examples.map((d) => [documentPath(d.collection, d.slug), d.data.publishedAt as string]));
    expect(got.map((p) => dateOf.get(p))).toEqual(expected.map((p) => dateOf.get(p)));
  });

  it('works by keyboard alone: type, tab to a filter, toggle it with the space bar, reach the results', async () => {
    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    await searchBox(page).focus();
    await page.keyboard.type('jeugdhulp');
    await searchSettled();
    const before = (await resultLinks()).length;
    expect(before).toBeGreaterThan(0);
    // Tab: the search button, the filter panel's summary, then the first filter checkbox.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Zoeken', exact: true }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByText('Filters', { exact: true }))).toBe(true);
    await page.keyboard.press('Tab');
    const first = page.getByRole('checkbox').first();
    expect(await isFocused(first)).toBe(true);
    const name = await first.getAttribute('name');
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    await page.waitForFunction((filter) => new URL(location.href).searchParams.has(filter!), name);
    await searchSettled();
    expect((await resultLinks()).length).toBeLessThanOrEqual(before);
    expect(await searchStatus(page).getAttribute('aria-live')).toBe('polite');
  });

  it('says so when nothing is found, and offers to drop a filter', async () => {
    await page.goto(`${base}/zoeken/?q=dronten&regio=haaglanden`);
    await searchSettled();
    expect(await searchStatus(page).textContent()).toBe('Geen resultaten voor “dronten”.');
    await page.getByRole('button', { name: 'Zoek zonder filter regio: Haaglanden' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('regio'));
    await searchSettled();
    expect((await resultLinks()).length).toBeGreaterThan(0);
    expect(await searchStatus(page).textContent()).toMatch(/^\d+ resultaten? voor “dronten”\.$/);
  });

  it('keeps what a visitor types, spaces between words included', async () => {
    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    await searchBox(page).pressSequentially('jeugdhulp school', { delay: 80 });
    await searchSettled();
    expect(await searchBox(page).inputValue()).toBe('jeugdhulp school');
    expect(new URL(page.url()).searchParams.get('q')).toBe('jeugdhulp school');
  });

  it('offers near matches when no document has all the words', async () => {
    const [a, b] = [examples[0]!, examples[1]!];
    const query = `${wordOnlyInBodyOf(a)} ${wordOnlyInBodyOf(b)}`;
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(query)}`);
    await searchSettled();
    expect(await searchStatus(page).textContent()).toBe(`Geen resultaten voor “${query}”.`);
    await resultList(page).getByText(/^Misschien bedoelde u “\p{L}+”:$/u).waitFor();
    const near = await resultList(page).getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(near).toEqual([documentPath(a.collection, a.slug)]);
  });
});
