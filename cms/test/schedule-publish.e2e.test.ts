/**
 * End to end, in real Chromium against the real admin app (next dev, empty SQLite database, the
 * jobs queue running every five seconds as under `npm start`, the site "built" by a deploy hook on
 * loopback): an editor, on a computer abroad whose date is not Amsterdam's, plans a draft's publication through
 * "Publicatie plannen" for the next minute in Amsterdam time. The drawer's date box reads Dutch
 * 24-hour time, the document stays a draft until that Amsterdam minute, and goes live in it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../../test/support/console.ts';
import { logIn } from './support/admin-form.ts';
import { dutchDateTime, SITE_TIME_ZONE } from '../publish/dutch-time.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

const editor = { email: 'redactie@schoolnabij.test', password: 'redactie-wachtwoord-1', name: 'Rosa Redacteur' };
const TITLE = 'Een wijkteam op het schoolplein in Zwolle';
/** Time enough to open the calendar, pick a day and a time and save before the planned minute starts. */
const LEAD_MS = 40_000;
/** How late after its minute a publication may go live: the queue runs every five seconds. */
const LATE_MS = 90_000;

interface Doc {
  id: number;
  _status: 'draft' | 'published';
  updatedAt: string;
}
interface Version {
  createdAt: string;
  version: { _status: 'draft' | 'published' };
}

/** The Amsterdam wall clock of a moment: day of month, month (0-11), year, "HH:mm". */
function amsterdam(moment: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: SITE_TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  );
  return { day: Number(parts.day), month: Number(parts.month) - 1, year: Number(parts.year), time: `${parts.hour}:${parts.minute}` };
}

/**
 * The time zone of an editor abroad whose computer's date is another than Amsterdam's at this
 * moment (and for half an hour or more on either side): 12 hours behind UTC in Amsterdam's
 * morning, 14 ahead in its afternoon. The picker shows Amsterdam's clock as if it were the
 * computer's, so its limits (which day, which times are past) must follow Amsterdam's date.
 */
function editorAbroad(moment: Date): string {
  const [hour, minute] = amsterdam(moment).time.split(':').map(Number) as [number, number];
  return hour * 60 + minute < 12 * 60 + 30 ? 'Etc/GMT+12' : 'Pacific/Kiritimati';
}

describe('planning a publication in Amsterdam time, in Chromium', () => {
  let server: AdminServer;
  let hook: Server;
  const hookCalls: number[] = [];
  let browser: Browser;
  let adminToken = '';

  async function api<T>(method: string, route: string, body?: unknown): Promise<T> {
    const res = await fetch(`${server.url}${route}`, {
      method,
      headers: { ...(adminToken ? { Authorization: `JWT ${adminToken}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  beforeAll(async () => {
    // The site's host: publishing calls this deploy hook instead of building the site here.
    hook = createServer((req, res) => {
      hookCalls.push(Date.now());
      req.resume();
      res.end('ok');
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build`;
    server = await startAdminServer({
      timeoutMs: 300_000,
      prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-schedule', CMS_JOBS_AUTORUN: '1', DEPLOY_HOOK_URL: hookUrl }),
    });
    adminToken = (await api<{ token: string }>('POST', '/api/users/login', server.admin)).token;
    await api('POST', '/api/users', { ...editor, roles: ['editor'] });
    browser = await launchBrowser();
  }, 360_000);

  afterEach(() => {
    expect(takeConsoleErrors()).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise((resolve) => (hook ? hook.close(resolve) : resolve(undefined)));
  });

  it('publishes a draft planned for the next Amsterdam minute in that minute, not before', async () => {
    const theme = await api<{ doc: { id: number } }>('POST', '/api/themes', { name: 'Thuiszitters', description: 'Kinderen die niet naar school gaan.' });
    const { doc } = await api<{ doc: Doc }>('POST', '/api/practice-examples?draft=true', {
      title: TITLE,
      summary: 'Een jeugdhulpverlener van het wijkteam staat elke ochtend op het schoolplein.',
      publishedAt: '2026-03-01T00:00:00.000Z',
      themes: [theme.doc.id],
      sectors: ['po'],
      organisations: [{ name: 'Basisschool De Vlinder', kind: 'school' }],
      _status: 'draft',
    });
    const current = () => api<Doc>('GET', `/api/practice-examples/${doc.id}?depth=0`);

    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: editorAbroad(new Date()), locale: 'nl-NL' });
    const page: Page = watchConsole(await context.newPage());
    page.setDefaultTimeout(120_000);
    await logIn(page, server.url, editor);

    await page.goto(`${server.url}/admin/collections/practice-examples/${doc.id}`);
    await expect.poll(() => page.getByRole('textbox', { name: 'Titel *', exact: true }).inputValue(), { timeout: 120_000 }).toBe(TITLE);
    await page.locator('#action-save-popup button').first().click();
    await page.locator('#schedule-publish').click();
    const drawer = page.locator('.schedule-publish');
    await expect.poll(() => drawer.getByRole('heading', { level: 2 }).textContent()).toContain(TITLE);
    await drawer.getByText('Publiceren', { exact: true }).click();
    await expect.poll(() => drawer.getByText('Amsterdam (Nederland)').count()).toBeGreaterThan(0);

    // The next whole minute that leaves time to fill in the drawer; Amsterdam's offset is whole hours.
    const target = new Date(Math.ceil((Date.now() + LEAD_MS) / 60_000) * 60_000);
    const wall = amsterdam(target);
    const box = drawer.locator('#time input');
    await box.click();
    const calendar = page.locator('.react-datepicker');
    await calendar.locator('.react-datepicker__year-select').selectOption(String(wall.year));
    await calendar.locator('.react-datepicker__month-select').selectOption(String(wall.month));
    await calendar.locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)', { hasText: new RegExp(`^${wall.day}$`) }).click();
    await calendar.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${wall.time}$`) }).click();
    // "3 december 2026 14:07": Dutch, 24-hour, the Amsterdam time the editor picked.
    await expect.poll(() => box.inputValue()).toBe(dutchDateTime(target));

    await drawer.locator('#scheduled-publish-save').click();
    const planned = drawer.locator('.schedule-publish__upcoming tbody tr');
    await expect.poll(() => planned.allTextContents()).toEqual([expect.stringContaining(dutchDateTime(target))]);
    expect(await planned.first().textContent()).toContain('Amsterdam (Nederland)');

    // Before its minute the document is still a draft.
    const before = await current();
    expect(Date.now(), `saving the plan took past ${target.toISOString()}; raise LEAD_MS`).toBeLessThan(target.getTime());
    expect(before._status).toBe('draft');

    await expect
      .poll(async () => (await current())._status, { timeout: target.getTime() - Date.now() + LATE_MS, interval: 1000 })
      .toBe('published');
    const { docs: versions } = await api<{ docs: Version[] }>('GET', `/api/practice-examples/versions?where[parent][equals]=${doc.id}&sort=createdAt&depth=0&limit=100`);
    const publications = versions.filter((v) => v.version._status === 'published');
    expect(publications).toHaveLength(1);
    const liveAt = new Date(publications[0]!.createdAt).getTime();
    expect(liveAt).toBeGreaterThanOrEqual(target.getTime());
    expect(liveAt).toBeLessThanOrEqual(target.getTime() + LATE_MS);
    // Every version before it is a draft.
    expect(versions.filter((v) => new Date(v.createdAt).getTime() < target.getTime()).every((v) => v.version._status === 'draft')).toBe(true);
    // And the site's host is asked to rebuild with it.
    await expect.poll(() => hookCalls.filter((at) => at >= liveAt).length, { timeout: 60_000 }).toBeGreaterThan(0);
    console.log(`planned ${target.toISOString()} (Amsterdam ${dutchDateTime(target)}), published ${((liveAt - target.getTime()) / 1000).toFixed(1)} s after`);
    await context.close();
  }, 300_000);
});
