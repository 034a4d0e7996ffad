/** Without SMTP_URL and SMTP_FROM, password reset and invitations are refused with the reason, and nothing changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type Fixtures } from '../test/support/fixtures.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { login } from '../test/support/roles.ts';
import { MAIL_NOT_CONFIGURED } from './mail-available.ts';

async function errorOf(res: Response): Promise<string> {
  return ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message;
}

describe('without SMTP', () => {
  let cms: TestCms;
  let fx: Fixtures;

  beforeAll(async () => {
    cms = await startTestCms('sqlite', { SMTP_URL: '', SMTP_FROM: '' });
    fx = await seed(cms.payload);
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('refuses "Wachtwoord vergeten?" with the reason instead of saying a mail was sent, and issues no token', async () => {
    const res = await cms.rest('POST', '/api/users/forgot-password', { body: { email: fx.editor.email } });
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toBe(MAIL_NOT_CONFIGURED);
    const stored = await cms.payload.db.findOne<{ id: number; resetPasswordToken?: string | null }>({ collection: 'users', where: { id: { equals: fx.editor.id } } });
    expect(stored?.resetPasswordToken ?? null).toBeNull();
  });

  it('refuses an invitation with the reason, and creates no account', async () => {
    const res = await cms.rest('POST', '/api/users/invite', { token: await login(cms, fx.admin), body: { email: 'nieuw@schoolnabij.test', role: 'editor' } });
    expect(res.status).toBe(503);
    expect(await errorOf(res)).toBe(MAIL_NOT_CONFIGURED);
    expect((await cms.payload.count({ collection: 'users', where: { email: { equals: 'nieuw@schoolnabij.test' } } })).totalDocs).toBe(0);
  });
});
