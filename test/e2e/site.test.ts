import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath, type CheckedDocument } from '../../contract/index.ts';
import { launchBrowser } from '../support/browser.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
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
  page = await context.newPage();
  return () => context.close();
});

const words = (text: string) => text.toLowerCase().match(/\p{L}{7,}/gu) ?? [];

/** A word that stands in the body of exactly one document, and not in its title or summary. */
function wordOnlyInBodyOf(doc: CheckedDocument): string {
  const elsewhere = new Set(documents.filter((d) => d !== doc).flatMap((d) => words(`${d.data.title} ${d.data.summary} ${d.body}`)));
  const visible = new Set(words(`${doc.data.title} ${doc.data.summary}`));
  const word = words(doc.body).find((w) => !elsewhere.has(w) && !visible.has(w) && /^[a-z]+$/.test(w));
  if (!word) throw new Error(`no word unique to the body of ${doc.file}`);
  return word;
}

async function resultLinks(): Promise<string[]> {
  return page.locator('[data-search-results] .result__title a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

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
    await page.locator('input[name="q"]').pressSequentially(word, { delay: 20 });
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

    await page.locator(`input[type="checkbox"][name="regio"][value="${region}"]`).check();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .result').length === n, inRegion.length);
    const narrowed = await resultLinks();
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.sort()).toEqual([...inRegion].sort());

    const url = new URL(page.url());
    expect(url.searchParams.getAll('regio')).toEqual([region]);
    await page.reload();
    await searchSettled();
    expect(await page.locator(`input[name="regio"][value="${region}"]`).isChecked()).toBe(true);
    expect(await page.locator('input[name="soort"][value="praktijkvoorbeelden"]').isChecked()).toBe(true);
    expect((await resultLinks()).sort()).toEqual([...inRegion].sort());
  });

  it('opens a newsletter link with query and filter as the same search', async () => {
    const doc = examples.find((d) => d.data.region)!;
    const word = wordOnlyInBodyOf(doc);
    await page.goto(`${base}/zoeken/?q=${word}&regio=${doc.data.region}&utm_source=nieuwsbrief`);
    await searchSettled();
    expect(await page.locator('input[name="q"]').inputValue()).toBe(word);
    expect(await resultLinks()).toEqual([documentPath(doc.collection, doc.slug)]);
    await page.goto(`${base}/zoeken/?q=${word}&regio=bestaat-niet`);
    await searchSettled();
    expect(await resultLinks()).toEqual([]);
    expect(await page.locator('[data-search-count]').textContent()).toContain('Geen resultaten');
  });
});

describe('the 404 page', () => {
  it('answers 404 and suggests the page a mistyped address meant', async () => {
    const doc = examples[0]!;
    const response = await page.goto(`${base}/praktijkvoorbeelden/${doc.slug}-oud/`);
    expect(response?.status()).toBe(404);
    const suggestion = page.locator(`[data-suggestion-list] a[href="${documentPath(doc.collection, doc.slug)}"]`);
    await suggestion.waitFor();
    expect(await page.locator('[data-suggestions]').isVisible()).toBe(true);
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
      expect(await page.locator('h1').textContent()).toBe(doc.data.title);
    }
    expect(scripts).toEqual([]);
  });

  it('are usable by keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.goto(`${base}${documentPath(examples[0]!.collection, examples[0]!.slug)}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });
});

describe('search as a product', () => {
  it('shows filter counts, narrows with a filter, and restores the earlier state with the back button', async () => {
    await page.goto(`${base}/zoeken/?q=school`);
    await searchSettled();
    const total = (await resultLinks()).length;
    const poCount = Number((await page.locator('label:has(input[name="onderwijstype"][value="po"]) .count').textContent())!.slice(1, -1));
    expect(poCount).toBeGreaterThan(0);

    // A slow network keeps the earlier results on screen while the filtered search runs.
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await route.continue();
    });
    await page.locator('input[name="onderwijstype"][value="po"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('onderwijstype') === 'po');
    await searchSettled();
    // The count next to the filter said how many results it would leave.
    expect((await resultLinks()).length).toBe(poCount);

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('onderwijstype'));
    await searchSettled();
    expect(await page.locator('input[name="onderwijstype"][value="po"]').isChecked()).toBe(false);
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
    await page.locator('input[name="q"]').focus();
    await page.keyboard.type('jeugdhulp');
    await searchSettled();
    const before = (await resultLinks()).length;
    expect(before).toBeGreaterThan(0);
    // Tab: the search button, the filter panel's summary, then the first filter checkbox.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zoeken');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar']).toContain(focused);
    await page.keyboard.press('Space');
    await page.waitForFunction((name) => new URL(location.href).searchParams.has(name), focused);
    await searchSettled();
    expect((await resultLinks()).length).toBeLessThanOrEqual(before);
    expect(await page.locator('[data-search-count]').getAttribute('aria-live')).toBe('polite');
  });

  it('says so when nothing is found, and offers to drop a filter', async () => {
    await page.goto(`${base}/zoeken/?q=dronten&regio=haaglanden`);
    await searchSettled();
    expect(await page.locator('[data-search-count]').textContent()).toContain('Geen resultaten');
    await page.getByRole('button', { name: /Zoek zonder filter regio/ }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('regio'));
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .result').length > 0);
    expect(await page.locator('[data-search-count]').textContent()).toMatch(/^\d+ resultaten? voor “dronten”/);
  });

  it('keeps what a visitor types, spaces between words included', async () => {
    await page.goto(`${base}/zoeken/`);
    await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    await page.locator('input[name="q"]').pressSequentially('jeugdhulp school', { delay: 80 });
    await searchSettled();
    expect(await page.locator('input[name="q"]').inputValue()).toBe('jeugdhulp school');
    expect(new URL(page.url()).searchParams.get('q')).toBe('jeugdhulp school');
  });

  it('offers near matches when no document has all the words', async () => {
    const [a, b] = [examples[0]!, examples[1]!];
    const query = `${wordOnlyInBodyOf(a)} ${wordOnlyInBodyOf(b)}`;
    await page.goto(`${base}/zoeken/?q=${encodeURIComponent(query)}`);
    await searchSettled();
    expect(await page.locator('[data-search-count]').textContent()).toContain('Geen resultaten');
    await page.locator('.near-matches').waitFor();
    const near = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(near).toEqual([documentPath(a.collection, a.slug)]);
  });
});
