/**
 * End to end, in real Chromium against the real admin app: every main view of the admin speaks
 * Dutch — no English word from cms/i18n/english-leftovers.ts in its visible text, aria-labels,
 * placeholders or titles; dates read "1 december 2026 14:05". Screenshots (1280 px) go to
 * SCREENSHOT_DIR when it is set.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import { englishLeftovers } from '../i18n/english-leftovers.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

const COLLECTIONS = ['practice-examples', 'expert-pieces', 'conference-reports', 'events', 'pages', 'themes', 'regions', 'people', 'media', 'users'];

describe('the admin in Dutch, in Chromium', () => {
  let server: AdminServer;
  let browser: Browser;
  let page: Page;
  const found: Record<string, string[]> = {};

  /** Visible text plus the aria-labels, placeholders and titles people (and screen readers) meet. */
  async function words(): Promise<string> {
    return page.evaluate(() => {
      const attrs = [...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((el) =>
        ['aria-label', 'placeholder', 'title'].map((a) => el.getAttribute(a) ?? ''),
      );
      return `${document.body.innerText}\n${attrs.join('\n')}`;
    });
  }
  async function check(name: string) {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(500);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, `dutch-${name}.png`), fullPage: true });
    const english = englishLeftovers(await words());
    if (english.length) found[name] = english;
  }

  beforeAll(async () => {
    server = await startAdminServer({ timeoutMs: 420_000, prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-dutch' }) });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(120_000);
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows no English on the main views', async () => {
    await page.goto(`${server.url}/admin/login`);
    await page.getByRole('textbox', { name: 'E-mail' }).waitFor();
    await check('login');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(server.admin.email);
    await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(server.admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/admin\/?$/);
    await check('dashboard');
    for (const view of ['account', 'handleiding']) {
      await page.goto(`${server.url}/admin/${view}`);
      await check(view);
    }
    for (const slug of COLLECTIONS) {
      await page.goto(`${server.url}/admin/collections/${slug}`);
      await check(`${slug}-list`);
      await page.goto(`${server.url}/admin/collections/${slug}/create`);
      await check(`${slug}-create`);
    }
    // A practice example's versions and its "Publicatie plannen" drawer.
    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    await page.waitForURL(/practice-examples\/\d+/);
    await page.goto(`${page.url()}/versions`);
    await check('versions');
    await page.goBack();
    await page.locator('#action-save-popup, .popup-button').first().click();
    await page.getByText('Publicatie plannen').click();
    await page.locator('.schedule-publish').waitFor();
    await check('schedule-drawer');
    expect(found).toEqual({});
  }, 900_000);
});
