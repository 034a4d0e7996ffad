/** The login cookie of a CMS configured for production (NODE_ENV=production) is Secure. */
import { afterAll, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

let cms: TestCms;
afterAll(async () => {
  await cms?.close();
});

it('is Secure, HttpOnly and SameSite=Lax in production', async () => {
  cms = await startTestCms('sqlite', { NODE_ENV: 'production', CMS_URL: 'https://cms.schoolnabij.test' });
  const account = { email: 'redactie@schoolnabij.test', password: 'een-lang-wachtwoord-voor-de-test-2026' };
  await cms.payload.create({ collection: 'users', data: { ...account, roles: ['admin'] } });
  const setCookie = (await cms.rest('POST', '/api/users/login', { body: account })).headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^payload-token=[^;]+;/);
  // Payload writes the attribute as `Secure=true`; browsers read any `Secure` attribute alike.
  expect(setCookie).toMatch(/;\s*Secure(=true)?(;|$)/i);
  expect(setCookie).toMatch(/;\s*HttpOnly/i);
  expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
});
