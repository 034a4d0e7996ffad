/**
 * End to end, in real Chromium against the real admin app: every main view of the admin speaks
 * Dutch — no English word from cms/i18n/english-leftovers.ts in its visible text, aria-labels,
 * placeholders or titles. Login, dashboard, account, guide, each collection's list and edit view
 * (media's is the upload), an array row, the body editor with its handles, a version list and
 * the "Publicatie plannen" drawer. Screenshots (1280 px) go to SCREENSHOT_DIR when it is set.
 *
 * One page walks all views, and each view is read once it has settled (no loading overlay or
 * shimmer, the same words twice in a row), not after network silence: the dashboard and the
 * edit views poll the publication status every two seconds, so the network is never idle.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import { englishLeftovers } from '../i18n/english-leftovers.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

const COLLECTIONS = ['practice-examples', 'expert-pieces', 'conference-reports', 'events', 'pages', 'themes', 'regions', 'people', 'media', 'users'];
const LOADING = '.loading-overlay, .shimmer-effect';

describe('the admin in Dutch, in Chromium', () => {
  let server: AdminServer;
  let browser: Browser;
  let page: Page;
  const found: Record<string, string[]> = {};
  const timings: string[] = [];

  /** Visible text plus the aria-labels, placeholders and titles people (and screen readers) meet. */
  function words(): Promise<string> {
    return page.evaluate(() => {
      const attrs = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((el) =>
        ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
      );
      return `${document.body.innerText}\n${attrs.join('\n')}`;
    });
  }
  /** The words of the view once it has settled: nothing loading, and the same words twice, 300 ms apart. */
  async function settledWords(): Promise<string> {
    await page.locator('.template-default, .template-minimal').first().waitFor();
    let last = '';
    await expect
      .poll(async () => {
        if ((await page.locator(LOADING).count()) > 0) return false;
        const now = await words();
        const same = now === last;
        last = now;
        return same;
      }, { timeout: 60_000, interval: 300 })
      .toBe(true);
    return last;
  }
  async function check(name: string) {
    const started = Date.now();
    const text = await settledWords();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `dutch-${name}.png`), fullPage: true });
    const english = englishLeftovers(text);
    if (english.length) found[name] = english;
    timings.push(`${name} ${Date.now() - started} ms`);
  }
  async function open(route: string, name: string) {
    await page.goto(`${server.url}/admin${route}`);
    await check(name);
  }

  beforeAll(async () => {
    server = await startAdminServer({ timeoutMs: 420_000, prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-dutch' }) });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(120_000);
  }, 480_000);

  afterAll(async () => {
    if (process.env.SCREENSHOT_DIR) console.log(timings.join('\n'));
    await browser?.close();
    await server?.stop();
  });

  it('shows no English on the main views', async () => {
    await open('/login', 'login');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(server.admin.email);
    await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(server.admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/admin\/?$/);
    await check('dashboard');
    await open('/account', 'account');
    await open('/handleiding', 'handleiding');
    for (const slug of COLLECTIONS) {
      await open(`/collections/${slug}`, `${slug}-list`);
      await open(`/collections/${slug}/create`, `${slug}-create`);
    }

    // A practice example: a row of its organisations, its body editor with the handles a hover shows.
    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    await page.waitForURL(/practice-examples\/\d+$/);
    const doc = page.url();
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    const body = page.locator('.rich-text-lexical [contenteditable="true"]').first();
    await body.click();
    await body.pressSequentially('Een alinea');
    await body.hover();
    await check('practice-example-row-and-body');

    await page.goto(`${doc}/versions`);
    await check('versions');
    await page.goto(doc);
    await page.locator('#action-save-popup, .popup-button').first().click();
    await page.getByText('Publicatie plannen').click();
    await page.locator('.schedule-publish').waitFor();
    await check('schedule-drawer');
    expect(found).toEqual({});
  }, 900_000);
});
