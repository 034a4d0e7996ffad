/**
 * axe-core over every kind of page of the built sample site, at desktop and phone width:
 * any WCAG 2.0–2.2 A/AA or best-practice violation fails, named by rule, impact, target and page.
 */
import path from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_COLLECTIONS, checkContent, COLLECTION_INFO, documentPath } from '../../contract/index.ts';
import { launchBrowser } from '../support/browser.ts';

const base = inject('siteUrl');
const { documents } = checkContent(path.resolve('content'));
const first = (collection: string) => {
  const doc = documents.find((d) => d.collection === collection);
  if (!doc) throw new Error(`the sample content has no document in ${collection}; axe needs one of each kind`);
  return doc;
};
const example = first('practice-examples');
const theme = (example.data.themes as string[])[0]!;
const region = documents.find((d) => d.collection === 'practice-examples' && d.data.region)!.data.region as string;
const searchWord = (example.data.title as string).match(/\p{L}{6,}/u)![0].toLowerCase();

const PAGES: string[] = [
  '/',
  ...ARTICLE_COLLECTIONS.map((c) => `/${COLLECTION_INFO[c].route}/`),
  '/themas/',
  '/regios/',
  ...[...ARTICLE_COLLECTIONS, 'pages' as const].map((c) => documentPath(c, first(c).slug)),
  `/zoeken/?q=${encodeURIComponent(searchWord)}`,
  `/themas/${theme}/`,
  `/regios/${region}/`,
  '/nieuwsbrief/',
  '/toegankelijkheid/',
  '/deze-pagina-bestaat-niet/',
];

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Found {
  page: string;
  width: string;
  rule: string;
  impact: string;
  target: string;
}

async function violationsOn(page: Page, route: string, width: string): Promise<Found[]> {
  await page.goto(`${base}${route}`);
  if (route.startsWith('/zoeken/')) {
    await page.waitForFunction(
      () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') && document.querySelectorAll('[data-search-results] li').length > 0,
    );
  }
  // Evaluated through the DevTools protocol, which the site's Content Security Policy does not block.
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => ({ page: route, width, rule: v.id, impact: v.impact ?? '', target: n.target.join(' ') })),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe-core', () => {
  for (const size of WIDTHS) {
    it(`finds no violation on ${PAGES.length} pages at ${size.name} width (${size.width} px)`, { timeout: 180_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      const found: Found[] = [];
      try {
        for (const route of PAGES) found.push(...(await violationsOn(page, route, size.name)));
      } finally {
        await context.close();
      }
      const report = found.map((f) => `${f.rule} (${f.impact}) at ${f.target} on ${f.page} [${f.width}]`);
      expect(report).toEqual([]);
    });
  }
});
