/**
 * Cross-site requests against the real REST handlers (SQLite in a temporary folder): the login
 * cookie works only from the CMS's and the site's own origins, the API is readable from a
 * browser only there (the cookie in production: secure-cookie.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInput } from '../test/support/create-input.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

const CMS = 'https://cms.schoolnabij.test';
const SITE = 'https://schoolnabij.test';
const EVIL = 'http://evil.example';
const account = { email: 'redactie@schoolnabij.test', password: 'een-lang-wachtwoord-voor-de-test-2026' };

async function logIn(cms: TestCms): Promise<Response> {
  await cms.payload.create({ collection: 'users', data: { ...account, roles: ['admin'] } });
  return cms.rest('POST', '/api/users/login', { body: account, headers: { Origin: CMS } });
}

/** The `payload-token=…` pair of a login answer's Set-Cookie. */
const tokenCookie = (login: Response) => /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];

describe('the login cookie across sites', () => {
  let cms: TestCms;
  let cookie = '';
  let setCookie = '';
  let themeId: number;
  beforeAll(async () => {
    cms = await startTestCms('sqlite', { CMS_URL: CMS, SITE_URL: SITE });
    const login = await logIn(cms);
    setCookie = login.headers.get('set-cookie') ?? '';
    cookie = tokenCookie(login);
    themeId = (await cms.payload.create({ collection: 'themes', data: createInput('themes', { name: 'Thuiszitters', description: 'Kinderen die niet naar school gaan.' }) })).id;
  });
  afterAll(async () => {
    await cms?.close();
  });

  const rename = (name: string, headers: Record<string, string>) => cms.rest('PATCH', `/api/themes/${themeId}`, { body: { name }, headers: { Cookie: cookie, ...headers } });
  const nameNow = async () => (await cms.payload.findByID({ collection: 'themes', id: themeId })).name;

  it('is refused on a PATCH from another origin, which changes nothing', async () => {
    expect((await rename('Overgenomen', { Origin: EVIL })).status).toBe(403);
    expect(await nameNow()).toBe('Thuiszitters');
  });

  it('is refused on a cross-site request that names no origin', async () => {
    expect((await rename('Overgenomen', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect(await nameNow()).toBe('Thuiszitters');
  });

  it.each([CMS, SITE])('is accepted from %s', async (origin) => {
    const name = `Thuiszitters via ${new URL(origin).hostname}`;
    expect((await rename(name, { Origin: origin })).status).toBe(200);
    expect(await nameNow()).toBe(name);
  });

  it('is HttpOnly and SameSite=Lax, and not Secure outside production (http://localhost works)', () => {
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it('lets browsers read the API from the CMS and the site only', async () => {
    const allowed = async (origin: string) => (await cms.rest('GET', '/api/themes', { headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    expect(await allowed(SITE)).toBe(SITE);
    expect(await allowed(CMS)).toBe(CMS);
    expect(await allowed(EVIL)).toBeNull();
  });
});
