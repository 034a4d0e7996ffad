/**
 * End to end, in real Chromium against the real admin app (next dev, the sample content imported
 * into a temporary SQLite database, jobs running as under `npm start`): an editor publishes a
 * change, the toast says it will be live shortly, the sidebar says "Live op de site" once the real
 * build is in, and "Bekijk op de site" opens the public page, served from the build's dist/.
 */
import { cpSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../contract/vocabulary.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { logIn } from './support/admin-form.ts';
import { PUBLISHED_MESSAGE } from '../hooks/published-message.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

const SLUG = 'goed-is-goed-genoeg-dronten';
const SUMMARY = 'Een jeugdhulpverlener is drie dagen per week op school, en nu ook op woensdag.';

describe('the publish status in the admin, in Chromium', () => {
  let server: AdminServer;
  let site: Server;
  let siteUrl = '';
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startAdminServer({
      timeoutMs: 300_000,
      prepare: async (dir) => {
        cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
        mkdirSync(path.join(dir, 'dist'));
        site = createSiteServer(path.join(dir, 'dist'));
        siteUrl = await listen(site, 0);
        return {
          CMS_NEXT_DIST_DIR: '.next-test-status',
          CMS_IMPORT_ON_EMPTY: '1',
          CMS_JOBS_AUTORUN: '1',
          SITE_URL: siteUrl,
        };
      },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  });

  it('publishes a change, says when it is live and links to the public page', async () => {
    await logIn(page, server.url, server.admin);

    const found = await page.request.get(`${server.url}/api/practice-examples?where[slug][equals]=${SLUG}&depth=0`);
    const { docs } = (await found.json()) as { docs: { id: number; title: string }[] };
    expect(docs).toHaveLength(1);
    const [{ id, title }] = docs as [{ id: number; title: string }];
    await page.goto(`${server.url}/admin/collections/practice-examples/${id}`);
    const status = page.getByRole('region', { name: 'Op de site' }).getByRole('status');
    // Imported, and the site not yet built from the CMS:
    await expect.poll(() => status.textContent(), { timeout: 120_000 }).toBe('De website is sinds deze wijziging nog niet opnieuw gebouwd.');

    await page.getByRole('textbox', { name: /^Samenvatting/ }).fill(SUMMARY);
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click();
    await page.getByText(PUBLISHED_MESSAGE).waitFor();

    // The real export and build run as a job; the sidebar follows without a reload.
    await expect.poll(() => status.textContent(), { timeout: 240_000, interval: 500 }).toMatch(/^Live op de site sinds \d{2}:\d{2} — Bekijk op de site$/);
    const [publicPage] = await Promise.all([page.context().waitForEvent('page'), status.getByRole('link', { name: 'Bekijk op de site' }).click()]);
    await publicPage.waitForLoadState();
    expect(publicPage.url()).toBe(`${siteUrl}${documentPath('practice-examples', SLUG)}`);
    await expect.poll(() => publicPage.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe(title);
    expect(await publicPage.getByText(SUMMARY).count()).toBeGreaterThan(0);
    await publicPage.close();

    // Sitebouw says the same, in Dutch and Amsterdam time.
    await page.goto(`${server.url}/admin/globals/site-status`);
    const summary = page.getByRole('region', { name: 'Sitebouw' });
    // The first visit compiles this admin route (next dev): slow on a busy machine.
    await expect.poll(() => summary.getByRole('definition').first().textContent(), { timeout: 120_000 }).toBe('Gelukt');
    expect(await summary.getByText(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$/).count()).toBeGreaterThan(1);
    expect(await summary.getByText(`Praktijkvoorbeeld „${title}" gepubliceerd`).count()).toBeGreaterThan(0);

    expect(consoleErrors).toEqual([]);
  }, 360_000);
});
