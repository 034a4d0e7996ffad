/**
 * The admin in Chromium, on the real dev server: with SMTP an admin invites a new editor from the
 * list of users, and the editor follows the mail's link to choose a password and is logged in;
 * without SMTP the login page offers no "Wachtwoord vergeten?" and admins are told how to turn
 * mail on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../test/support/browser.ts';
import { takeConsoleErrors, watchConsole } from '../../test/support/console.ts';
import { logIn, waitForHydration } from '../test/support/admin-form.ts';
import { startAdminServer, type AdminServer } from '../test/support/admin-server.ts';
import { startMailCatcher, type MailCatcher } from '../test/support/smtp.ts';
import { MAIL_NOT_CONFIGURED, NO_PASSWORD_RESET } from './mail-available.ts';

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

async function newPage(): Promise<Page> {
  const page = watchConsole(await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage());
  page.setDefaultTimeout(60_000);
  return page;
}


describe('with SMTP', () => {
  let smtp: MailCatcher;
  let server: AdminServer;
  beforeAll(async () => {
    smtp = await startMailCatcher();
    server = await startAdminServer({
      prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-mail', SMTP_URL: smtp.url, SMTP_FROM: 'Schoolnabij CMS <cms@schoolnabij.test>' }),
    });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  // Four admin pages compile on first use in the dev server: allow for it.
  it('an admin invites an editor, who chooses a password from the mail and is logged in', { timeout: 300_000 }, async () => {
    const page = await newPage();
    await page.goto(`${server.url}/admin/login`);
    // The first page of the dev server compiles first, slowly on a busy machine.
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).waitFor({ timeout: 180_000 });
    expect(await page.locator('.login-mail-note').count()).toBe(0);
    await logIn(page, server.url, server.admin);

    await page.goto(`${server.url}/admin/collections/users`);
    const form = page.getByRole('form', { name: 'Iemand uitnodigen' });
    await form.getByRole('textbox', { name: 'E-mailadres' }).fill('nieuw@schoolnabij.test');
    await form.getByRole('textbox', { name: 'Naam' }).fill('Noor de Wit');
    await form.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Redacteur' });
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await form.getByRole('status').getByText('Uitnodiging verstuurd naar nieuw@schoolnabij.test.', { exact: true }).waitFor();
    // The list shows the new account (the form refreshes the page's data).
    await page.getByRole('link', { name: 'nieuw@schoolnabij.test' }).waitFor();

    const mail = await smtp.next('nieuw@schoolnabij.test');
    const link = /href="(http[^"]*\/admin\/reset\/[0-9a-f]{40})"/.exec(String(mail.html))?.[1];
    expect(link, String(mail.html)).toBeDefined();
    // Links point at CMS_SERVER_URL (unset here: localhost:3000); the test's server has a port of its own.
    const editor = await newPage();
    await editor.goto(`${server.url}${new URL(link!).pathname}`);
    // The reset page compiles on first use: typing before React takes the form over is lost.
    await waitForHydration(editor.getByRole('button', { name: 'Wachtwoord herstellen' }));
    await editor.getByLabel('Nieuw wachtwoord').fill('zelfgekozen-wachtwoord-van-noor');
    await editor.getByLabel('Wachtwoord bevestigen').fill('zelfgekozen-wachtwoord-van-noor');
    await editor.getByRole('button', { name: 'Wachtwoord herstellen' }).click();
    // Payload sends the editor to the dashboard once the new password is set; if not, say where the page stayed.
    await editor.waitForURL(/\/admin\/?$/).catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe page stayed at ${editor.url()}, showing:\n${await editor.locator('body').innerText()}`);
    });
    const me = (await (await editor.request.get(`${server.url}/api/users/me`, { headers: { origin: server.url } })).json()) as { user: { email: string; roles: string[] } };
    expect(me.user).toMatchObject({ email: 'nieuw@schoolnabij.test', roles: ['editor'] });
  });
});

describe('without SMTP', () => {
  let server: AdminServer;
  beforeAll(async () => {
    server = await startAdminServer({ prepare: () => ({ CMS_NEXT_DIST_DIR: '.next-test-mail', SMTP_URL: '', SMTP_FROM: '' }) });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('offers no "Wachtwoord vergeten?" on the login page and says whom to ask', { timeout: 180_000 }, async () => {
    const page = await newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.getByText(NO_PASSWORD_RESET, { exact: true }).waitFor({ timeout: 180_000 });
    await page.getByRole('button', { name: 'Inloggen' }).waitFor();
    // Payload's form renders the link; it is there, and hidden.
    expect(await page.locator(`a[href="/admin/forgot"]`).count()).toBe(1);
    expect(await page.locator(`a[href="/admin/forgot"]`).isVisible()).toBe(false);
  });

  it('shows admins no invitation form but how to turn mail on', { timeout: 180_000 }, async () => {
    const page = await newPage();
    await logIn(page, server.url, server.admin);
    await page.goto(`${server.url}/admin/collections/users`);
    await page.getByRole('note').getByText(MAIL_NOT_CONFIGURED, { exact: true }).waitFor();
    expect(await page.getByRole('form', { name: 'Iemand uitnodigen' }).count()).toBe(0);
  });
});
