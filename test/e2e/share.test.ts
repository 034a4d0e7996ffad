/**
 * An article page in real Chromium, served as `npm run serve` serves the built sample site:
 * every request it makes goes to its own origin (share links are plain links, nothing of
 * LinkedIn, WhatsApp or Bluesky is loaded), its one script runs under the CSP, and
 * "Link kopiëren" copies the page's address and says so in Dutch, shown only where the
 * browser has a clipboard.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkContent, documentPath, ARTICLE_COLLECTIONS } from '../../contract/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../support/console.ts';

const base = inject('siteUrl');
const sample = checkContent('content');
/** One article of each kind, the practice example with an image and a contact person first. */
const routes = [
  '/praktijkvoorbeelden/goed-is-goed-genoeg-dronten/',
  ...ARTICLE_COLLECTIONS.filter((c) => c !== 'practice-examples').map((c) => {
    const doc = sample.documents.find((d) => d.collection === c)!;
    return documentPath(doc.collection, doc.slug);
  }),
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

async function open(context: BrowserContext, route: string): Promise<{ page: Page; requests: string[] }> {
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const page = watchConsole(await context.newPage());
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
  return { page, requests };
}

describe('an article page in Chromium', () => {
  it.each(routes)('%s requests nothing from another origin and breaks no CSP rule', async (route) => {
    const context = await browser.newContext();
    try {
      const { page, requests } = await open(context, route);
      // Images load lazily: bring everything into view so that every request is made.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(requests.length).toBeGreaterThan(1);
      expect(requests.filter((url) => new URL(url).origin !== new URL(base).origin)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      await expect.poll(() => page.getByRole('button', { name: 'Link kopiëren' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('copies the page’s address with "Link kopiëren" and says "Link gekopieerd" in a live region', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = await open(context, routes[0]!);
      const share = page.getByRole('region', { name: 'Delen' });
      await share.getByRole('button', { name: 'Link kopiëren' }).click();
      await expect.poll(() => share.getByRole('status').textContent()).toBe('Link gekopieerd');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://schoolnabij.nl${routes[0]}`);
      expect(await share.getByRole('link', { name: /LinkedIn/ }).getAttribute('href')).toBe(
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`https://schoolnabij.nl${routes[0]}`)}`,
      );
    } finally {
      await context.close();
    }
  });

  it('keeps "Link kopiëren" hidden where the browser has no clipboard, and the share links work without it', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    try {
      const { page } = await open(context, routes[0]!);
      const share = page.getByRole('region', { name: 'Delen' });
      expect(await share.getByRole('link').count()).toBe(4);
      expect(await share.locator('[data-copy-link]').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
