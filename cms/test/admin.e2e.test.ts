/**
 * End to end, in real Chromium against the real admin app (next dev, temporary SQLite database):
 * an editor logs in, writes a practice example that autosaves as a draft, and publishes it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import type { PracticeExample } from '../payload-types.ts';
import { takeConsoleErrors, watchConsole } from '../../test/support/console.ts';
import { chooseOption } from './support/admin-form.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

describe('the CMS admin in Chromium', () => {
  let server: AdminServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const timings: Record<string, number> = {};
  const started = performance.now();
  const mark = (name: string) => (timings[name] = Math.round((performance.now() - started) / 100) / 10);

  /** The REST API as the logged-in admin; reads here are of practice examples. */
  async function api(method: string, route: string, body?: unknown) {
    const res = await fetch(`${server.url}${route}`, {
      method,
      headers: { Authorization: `JWT ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as PracticeExample };
  }

  /** Fills in the login page that is open. */
  async function logIn() {
    await page.getByRole('textbox', { name: 'E-mail' }).fill(server.admin.email);
    await page.getByRole('textbox', { name: 'Wachtwoord' }).fill(server.admin.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  beforeAll(async () => {
    server = await startAdminServer();
    mark('admin answering');
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(server.admin),
    });
    expect(login.status).toBe(200);
    token = ((await login.json()) as { token: string }).token;
    // The admin account came from CMS_ADMIN_EMAIL/CMS_ADMIN_PASSWORD; a theme to choose from:
    expect((await api('POST', '/api/themes', { name: 'Thuiszitters', description: 'Kinderen die niet naar school gaan.' })).status).toBe(201);
    browser = await launchBrowser();
    page = watchConsole(await browser.newPage({ viewport: { width: 1280, height: 1000 } }));
    page.setDefaultTimeout(60_000);
  }, 240_000);

  afterEach(() => {
    expect(takeConsoleErrors()).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    console.log('admin e2e timings (s since start):', timings);
  });

  it('logs in, writes a practice example as a draft and publishes it', async () => {
    await page.goto(`${server.url}/admin/login`);
    await logIn();
    await page.waitForURL(/\/admin\/?$/);
    mark('logged in');

    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    // Autosave creates the draft straight away and moves to its edit page.
    await page.waitForURL(/\/admin\/collections\/practice-examples\/\d+$/);
    const id = page.url().split('/').pop()!;
    await page.getByRole('textbox', { name: 'Titel *', exact: true }).fill('Een jeugdhulpverlener op school in Dronten');
    await page.getByRole('textbox', { name: 'Samenvatting *', exact: true }).fill('Een school en een jeugdhulpaanbieder werken een jaar samen.');
    mark('draft written');

    // The draft is saved by autosave, and is not public.
    await expect
      .poll(async () => (await api('GET', `/api/practice-examples/${id}?draft=true`)).json.title, { timeout: 30_000 })
      .toBe('Een jeugdhulpverlener op school in Dronten');
    const draft = await api('GET', `/api/practice-examples/${id}?draft=true`);
    expect(draft.json._status).toBe('draft');
    expect(draft.json.slug).toBe('een-jeugdhulpverlener-op-school-in-dronten');
    expect((await fetch(`${server.url}/api/practice-examples/${id}`)).status).toBe(404);
    mark('draft saved');

    // What publishing needs: a theme, a sector, an organisation.
    await chooseOption(page, 'themes', 'Thuiszitters');
    await chooseOption(page, 'sectors', 'Primair onderwijs');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam *', exact: true }).fill('Basisschool De Estafette');
    await chooseOption(page, 'organisations__0__kind', 'School');
    // The rich-text editor is an unnamed textbox: Payload does not tie the label "Tekst" to it.
    await page.locator('[data-lexical-editor="true"]').first().click();
    await page.keyboard.type('De jeugdhulpverlener is drie dagen per week op school.');

    // Publish once autosave holds what was chosen: on a loaded machine a click can overtake the
    // last choice, and the publication is then refused for a field that looks filled.
    await expect
      .poll(async () => {
        const { json } = await api('GET', `/api/practice-examples/${id}?draft=true&depth=0`);
        return [json.themes?.length, json.sectors?.[0], json.organisations?.[0]?.kind];
      }, { timeout: 30_000 })
      .toEqual([1, 'po', 'school']);
    await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click();
    await expect
      .poll(async () => (await api('GET', `/api/practice-examples/${id}`)).json._status, { timeout: 30_000 })
      .toBe('published');
    mark('published');

    const pub = await fetch(`${server.url}/api/practice-examples/${id}`);
    expect(pub.status).toBe(200);
    const doc = (await pub.json()) as PracticeExample;
    expect(doc.title).toBe('Een jeugdhulpverlener op school in Dronten');
    expect(doc.sectors).toEqual(['po']);
    expect(doc.organisations).toMatchObject([{ name: 'Basisschool De Estafette', kind: 'school' }]);
    expect(JSON.stringify(doc.body)).toContain('drie dagen per week');
    // The edit page shows the new status.
    await page.getByRole('main').getByRole('listitem').filter({ hasText: /^Status:\s*Gepubliceerd/ }).waitFor({ timeout: 15_000 });
  }, 240_000);

  it('keeps what the editor chose while an autosave was on its way (payload#17676, patched)', async () => {
    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    // Run on its own (vitest -t), the session starts at the login page.
    await page.waitForURL(/\/admin\/(login|collections\/practice-examples\/\d+$)/);
    if (page.url().includes('/admin/login')) await logIn();
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
        const { json } = await api('GET', `/api/practice-examples/${id}?draft=true&depth=0`);
        return [json.title, json.themes?.length, json.sectors?.[0]];
      }, { timeout: 30_000 })
      .toEqual(['Een zorgcoördinator in Almere', 1, 'po']);
    await expect.poll(() => page.locator('#field-themes').textContent()).toContain('Thuiszitters');
    await page.unroute(autosave);
  }, 120_000);
});
