/**
 * The editor's whole journey, end to end in real Chromium: the real admin (next dev, the sample
 * content imported, jobs running as under `npm start`), the real preview server and the real
 * site build. An editor creates a practice example, sees it in the Live Preview in the site's
 * own design (and sees it follow an autosave), publishes it, reads "Live op de site" on the
 * document, and follows "Bekijk op de site" to the public page. And what is chosen while an
 * autosave is on its way stays chosen (payload#17676, patched: README, Notes for developers).
 */
import { cpSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../contract/vocabulary.ts';
import { createSiteServer, listen } from '../../site/server/site-server.ts';
import { launchBrowser } from '../../test/support/browser.ts';
import { chooseOption, fillLogin, logIn } from './support/admin-form.ts';
import { ADMIN_SECRET, startAdminServer, type AdminServer } from './support/admin-server.ts';
import { previewPort, startPreviewServer, type PreviewServer } from './support/preview-server.ts';

const TITLE = 'Samen aan tafel in Lelystad';
const SLUG = 'samen-aan-tafel-in-lelystad';
const SUMMARY = 'Een school en een wijkteam bespreken elke week samen wie extra steun nodig heeft.';
const SCHOOL = 'Basisschool De Windroos';

describe('an editor creates, previews and publishes, in Chromium', () => {
  let server: AdminServer;
  let preview: PreviewServer;
  let site: Server;
  let siteUrl = '';
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const { port, url: previewUrl } = await previewPort();
    let dataDir = '';
    server = await startAdminServer({
      timeoutMs: 300_000,
      prepare: async (dir) => {
        cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
        mkdirSync(path.join(dir, 'dist'));
        site = createSiteServer(path.join(dir, 'dist'));
        siteUrl = await listen(site, 0);
        dataDir = dir;
        return {
          CMS_NEXT_DIST_DIR: '.next-test-journey',
          CMS_IMPORT_ON_EMPTY: '1',
          CMS_JOBS_AUTORUN: '1',
          SITE_URL: siteUrl,
          PREVIEW_URL: previewUrl,
        };
      },
    });
    // The preview may be framed by the CMS only, so it learns the admin's address (CMS_URL).
    preview = await startPreviewServer({ CMS_DATA_DIR: dataDir, CONTENT_DIR: path.join(dataDir, 'content'), PAYLOAD_SECRET: ADMIN_SECRET, CMS_URL: server.url }, port);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await preview?.stop();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  });

  // With the Origin a browser sends: Payload's csrf list ignores the cookie of a request without one.
  const api = async (route: string) => (await page.request.get(`${server.url}${route}`, { headers: { origin: server.url } })).json();

  it('creates a practice example, previews it, publishes it and opens it on the site', async () => {
    await logIn(page, server.url, server.admin);

    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    await page.waitForURL(/\/admin\/collections\/practice-examples\/\d+$/, { timeout: 120_000 });
    const id = page.url().split('/').pop()!;
    await page.getByRole('textbox', { name: 'Titel *', exact: true }).fill(TITLE);
    await page.getByRole('textbox', { name: 'Samenvatting *', exact: true }).fill(SUMMARY);
    await chooseOption(page, 'themes', 'Thuiszitters');
    await chooseOption(page, 'sectors', 'Primair onderwijs');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam *', exact: true }).fill(SCHOOL);
    await chooseOption(page, 'organisations__0__kind', 'School');
    await page.locator('[data-lexical-editor="true"]').first().click();
    await page.keyboard.type('Het wijkteam schuift elke dinsdag aan bij het zorgoverleg.');
    // What the form shows beside what the draft holds: when they part, a failure says which of the
    // two lost the choice (the form, or an autosave still on its way on a busy machine).
    await expect
      .poll(async () => {
        const json = await api(`/api/practice-examples/${id}?draft=true&depth=0`);
        const shown = await page.locator('#field-organisations__0__kind').textContent();
        return [json.themes?.length, json.sectors?.[0], json.organisations?.[0]?.kind, shown];
      }, { timeout: 60_000 })
      .toEqual([1, 'po', 'school', expect.stringContaining('School')]);

    // The Live Preview: the draft in the site's own design, with its fact box, in Dutch.
    await page.getByRole('button', { name: 'Live voorbeeld', exact: true }).click();
    const frame = page.frameLocator('#live-preview-iframe');
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe(TITLE);
    // Polled: the preview reloads itself when the draft's files change, and a reload can fall between two looks.
    await expect.poll(() => frame.getByRole('heading', { name: 'In het kort' }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => frame.getByText(SCHOOL).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => frame.getByText('Bezoekers zien hem nog niet.').count(), { timeout: 15_000 }).toBe(1);
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? '/tmp', 'journey-live-preview.png') });

    // An autosave reaches the open preview without a click.
    const saved = page.waitForResponse((res) => res.request().method() === 'PATCH' && res.url().includes(`/api/practice-examples/${id}`) && res.ok());
    await page.getByRole('textbox', { name: 'Samenvatting *', exact: true }).fill(`${SUMMARY} Ook de ouders schuiven aan.`);
    await saved;
    const savedAt = Date.now();
    await expect.poll(() => frame.getByText('Ook de ouders schuiven aan.').count(), { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
    console.log(`autosave to updated preview: ${Date.now() - savedAt} ms`);

    await page.getByRole('button', { name: 'Live voorbeeld sluiten', exact: true }).click();
    const status = page.getByRole('region', { name: 'Op de site' }).getByRole('status');
    const published = Date.now();
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click();
    // (The toast is publish-status.e2e.test.ts's; here it can come and go before it is looked for.)
    await expect.poll(() => status.textContent(), { timeout: 240_000, interval: 250 }).toMatch(/^Live op de site sinds \d{2}:\d{2} — Bekijk op de site$/);
    console.log(`publish to "Live op de site": ${((Date.now() - published) / 1000).toFixed(1)} s`);
    await page.getByRole('main').getByRole('listitem').filter({ hasText: /^Status:\s*Gepubliceerd/ }).waitFor({ timeout: 15_000 });

    const [publicPage] = await Promise.all([page.context().waitForEvent('page'), status.getByRole('link', { name: 'Bekijk op de site' }).click()]);
    await publicPage.waitForLoadState();
    expect(publicPage.url()).toBe(`${siteUrl}${documentPath('practice-examples', SLUG)}`);
    expect(await publicPage.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await publicPage.getByText('Ook de ouders schuiven aan.').count()).toBeGreaterThan(0);
    // The public page is the site's, not the preview's.
    expect(await publicPage.getByText('Bezoekers zien hem nog niet.').count()).toBe(0);
    await publicPage.close();

    expect(consoleErrors).toEqual([]);
  }, 480_000);

  it('keeps what the editor chose while an autosave was on its way (payload#17676, patched)', async () => {
    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    // Run on its own (vitest -t), the session starts at the login page.
    await page.waitForURL(/\/admin\/(login|collections\/practice-examples\/\d+$)/);
    if (page.url().includes('/admin/login')) await fillLogin(page, server.admin);
    await page.waitForURL(/\/admin\/collections\/practice-examples\/\d+$/);
    const id = page.url().split('/').pop()!;
    // A slow connection: the autosave of this draft is held until both choices are made.
    const autosave = new RegExp(`/api/practice-examples/${id}\\?.*autosave=true`);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(autosave, async (route) => {
      await released;
      await route.continue();
    });
    const saving = page.waitForRequest((request) => autosave.test(request.url()) && request.method() === 'PATCH');
    await page.getByRole('textbox', { name: 'Titel *', exact: true }).fill('Een zorgcoördinator in Almere');
    await saving;
    // Chosen while that autosave is under way, which knows of neither choice: without the patch its
    // answer puts back the empty themes (only the last field touched counts as modified).
    await chooseOption(page, 'themes', 'Thuiszitters');
    await chooseOption(page, 'sectors', 'Primair onderwijs');
    release();
    await expect
      .poll(async () => {
        const json = await api(`/api/practice-examples/${id}?draft=true&depth=0`);
        return [json.title, json.themes?.length, json.sectors?.[0]];
      }, { timeout: 30_000 })
      .toEqual(['Een zorgcoördinator in Almere', 1, 'po']);
    await expect.poll(() => page.locator('#field-themes').textContent()).toContain('Thuiszitters');
    await page.unroute(autosave);
  }, 120_000);
});
