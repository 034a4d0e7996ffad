/**
 * What a visitor sees at sizes the other e2e tests do not look at: the search page's filters
 * beside (never over) its results at every width, and the print version of an article page.
 * SCREENSHOT_DIR=<folder> keeps a PNG of each state to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath } from '../../contract/index.ts';
import { AGE_BANDS } from '../../contract/vocabulary.ts';
import { launchBrowser } from '../support/browser.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
const shots = process.env.SCREENSHOT_DIR;
if (shots) mkdirSync(shots, { recursive: true });
const screenshot = (page: Page, name: string) => (shots ? page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true }) : undefined);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(width: number, route: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return context.newPage();
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('search page layout', () => {
  for (const width of [390, 1024, 1280, 1440]) {
    it(`keeps every filter out of the results column at ${width} px, without horizontal overflow`, async () => {
      const page = await openPage(width, '/zoeken/');
      try {
        await page.goto(`${base}/zoeken/?soort=praktijkvoorbeelden`);
        await page.waitForFunction(
          () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && document.querySelectorAll('[data-search-results] li').length > 0,
        );
        // The filter panel folds on a phone; measure it unfolded, as a visitor who opens it sees it.
        await page.evaluate(() => ((document.querySelector('[data-search-filter-panel]') as HTMLDetailsElement).open = true));
        await screenshot(page, `search-${width}`);
        const measured = await page.evaluate(() => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
          };
          const results = document.querySelector('.search-results')!;
          const filters = [...document.querySelectorAll('.search-filters, .search-filters *')].map((e) => ({
            what: `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}"`,
            box: box(e),
          }));
          return { results: box(results), filters, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
        });
        expect(measured.filters.length).toBeGreaterThan(10);
        const overlapping = measured.filters.filter((f) => intersects(f.box, measured.results)).map((f) => f.what);
        expect(overlapping).toEqual([]);
        expect(measured.scrollWidth).toBeLessThanOrEqual(measured.clientWidth);
      } finally {
        await page.context().close();
      }
    });
  }

  it('lists the age bands in numeric order', async () => {
    const page = await openPage(1280, '/zoeken/');
    try {
      await page.goto(`${base}/zoeken/?soort=praktijkvoorbeelden`);
      const group = page.getByRole('group', { name: 'Leeftijd' });
      await group.getByRole('checkbox').first().waitFor();
      const values = await group.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      const order = AGE_BANDS.map((b) => b.key as string);
      expect(values.length).toBeGreaterThan(1);
      expect(values).toEqual(order.filter((key) => values.includes(key)));
    } finally {
      await page.context().close();
    }
  });
});

describe('print stylesheet', () => {
  it('prints an article with its fact box and link addresses, without menus, search or footer navigation', async () => {
    const example = documents.find((d) => d.collection === 'practice-examples')!;
    const page = await openPage(1280, documentPath(example.collection, example.slug));
    try {
      await page.goto(`${base}${documentPath(example.collection, example.slug)}`);
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'print-article');
      const shown = (selector: string) =>
        page.evaluate((s) => [...document.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none'), selector);
      expect(await shown('.site-header')).toBe(false);
      expect(await shown('.skip-link')).toBe(false);
      expect(await shown('.site-footer nav')).toBe(false);
      expect(await shown('.facts')).toBe(true);
      const after = await page.evaluate(() => {
        const link = document.querySelector('.document .prose a[href^="http"], .document .prose a[href^="/"], .document a[href^="http"]') as HTMLAnchorElement;
        return { href: link.getAttribute('href'), content: getComputedStyle(link, '::after').content };
      });
      expect(after.content).toBe(`" (${after.href})"`);
      // And the screen shows none of it.
      await page.emulateMedia({ media: 'screen' });
      expect(await shown('.site-header')).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
