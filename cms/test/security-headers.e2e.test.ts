/**
 * The real admin app (next dev, temporary SQLite database) seen from outside: every answer of
 * the admin and the API carries the security headers and no X-Powered-By; a page on another
 * origin can neither frame the admin nor save with an editor's cookie; and in Chromium the
 * admin logs in and edits under its Content-Security-Policy without a single violation.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import { expectConsoleError, takeConsoleErrors, watchConsole } from '../../test/support/console.ts';
import { logIn } from './support/admin-form.ts';
import { startAdminServer, type AdminServer } from './support/admin-server.ts';

const PREVIEW = 'http://localhost:4399';

let server: AdminServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  // A Next folder of its own: two dev servers may not share one (the default .next-test of support/admin-server.ts is others').
  server = await startAdminServer({ prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-headers', PREVIEW_URL: `${PREVIEW}/voorbeeld/` }) });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  page = watchConsole(await context.newPage());
  page.setDefaultTimeout(60_000);
}, 240_000);
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the headers of the admin and the API', () => {
  it.each(['/admin/login', '/api/users/me', '/api/themes', '/api/bestaat-niet'])('are on %s', async (route) => {
    const response = await fetch(`${server.url}${route}`, { redirect: 'manual' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(csp).toMatch(/(^|; )object-src 'none'(;|$)/);
    // The Live Preview may be framed, and nothing else.
    expect(csp).toMatch(new RegExp(`(^|; )frame-src ${PREVIEW}(;|$)`));
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // HSTS only in production: the development server runs on plain http.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('a page on another origin', () => {
  let evil: Server;
  let evilUrl = '';
  beforeAll(async () => {
    evil = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>evil</title><iframe src="${server.url}/admin/login" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    evilUrl = `http://localhost:${(evil.address() as { port: number }).port}`;
  });
  afterAll(() => {
    evil?.close();
  });

  it('cannot show the admin in a frame', async () => {
    const foreign = watchConsole(await context.newPage());
    expectConsoleError(foreign, /^Framing '.*' violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
    await foreign.goto(evilUrl);
    const frame = foreign.frames().find((f) => f !== foreign.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('input[type="email"]').count()).toBe(0);
    await foreign.close();
  });

  it('cannot save with the editor\'s login cookie', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify(server.admin),
    });
    const cookie = /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
    const me = (await (await fetch(`${server.url}/api/users/me`, { headers: { Cookie: cookie, Origin: server.url } })).json()) as { user: { id: number } };
    const patch = (origin: string) =>
      fetch(`${server.url}/api/users/${me.user.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify({ name: `via ${origin}` }),
      });
    expect((await patch('http://evil.example')).status).toBe(403);
    expect((await patch(server.url)).status).toBe(200);
  });
});

describe('the admin in Chromium under its policy', () => {
  it('logs in and writes a draft with no violation', async () => {
    await logIn(page, server.url, server.admin);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

    await page.goto(`${server.url}/admin/collections/practice-examples/create`);
    await page.waitForURL(/\/admin\/collections\/practice-examples\/\d+$/);
    const id = page.url().split('/').pop()!;
    await page.getByRole('textbox', { name: 'Titel *', exact: true }).fill('Een school en de jeugdhulp in Lelystad');
    await page.locator('[data-lexical-editor="true"]').first().click();
    await page.keyboard.type('Samen aan tafel.');
    // Autosave reaches the API from the admin's own origin, with the login cookie.
    await expect
      .poll(async () => {
        // From the page, as the admin's own scripts ask (same origin, with the cookie).
        return page.evaluate(async (route) => ((await (await fetch(route)).json()) as { title?: string }).title, `/api/practice-examples/${id}?draft=true&depth=0`);
      }, { timeout: 30_000 })
      .toBe('Een school en de jeugdhulp in Lelystad');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  }, 240_000);
});
