/**
 * Logins, password resets and unlocking through the REST API on a real SQLite database: limited
 * per client address with a Dutch 429, unlock for admins alone, passwords of at least 12
 * characters wherever one is set, and a failed login logged in one line without a stack trace.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createInput } from '../test/support/create-input.ts';
import type { TestCms } from '../test/support/payload.ts';
import { errorMessages, restFrom } from '../test/support/rest-from.ts';
import { login, startStaffCms, type StaffCms } from '../test/support/roles.ts';
import { AUTH_LIMITS } from './auth-rate-limits.ts';

let started: StaffCms;
let cms: TestCms;
beforeAll(async () => {
  started = await startStaffCms('sqlite');
  cms = started.cms;
});
afterAll(async () => {
  await started?.cms.close();
});

const wrong = (email: string) => ({ email, password: 'geen-goed-wachtwoord' });

describe('rate limits per client address', () => {
  it(`answers login attempt ${AUTH_LIMITS.login.max + 1} from one address with a Dutch 429, and other addresses as before`, async () => {
    const attacker = restFrom(cms, '203.0.113.7');
    const statuses: number[] = [];
    // Spread over addresses without an account, so that no account locks first.
    for (let i = 0; i < AUTH_LIMITS.login.max; i++) statuses.push((await attacker('POST', '/api/users/login', { body: wrong(`gok-${i}@schoolnabij.test`) })).status);
    expect(statuses).toEqual(Array(AUTH_LIMITS.login.max).fill(401));
    const refused = await attacker('POST', '/api/users/login', { body: { email: started.fx.editor.email, password: started.fx.editor.password } });
    expect(refused.status).toBe(429);
    expect(await errorMessages(refused)).toEqual(['Te veel inlogpogingen vanaf dit adres. Probeer het over 10 minuten opnieuw.']);
    // Through a proxy that appends the address it saw, the rightmost entry counts: the attacker's claim does not.
    expect((await restFrom(cms, '198.51.100.1, 203.0.113.7')('POST', '/api/users/login', { body: wrong('x@schoolnabij.test') })).status).toBe(429);
    expect((await restFrom(cms, '198.51.100.2')('POST', '/api/users/login', { body: { email: started.fx.editor.email, password: started.fx.editor.password } })).status).toBe(200);
  });

  it('limits password reset requests per address and per e-mail address', async () => {
    const client = restFrom(cms, '203.0.113.8');
    // This CMS has no mail (SMTP_URL), so each request is refused with 503 (cms/email/); it still counts.
    for (let i = 0; i < AUTH_LIMITS.forgotPassword.max; i++) {
      expect((await client('POST', '/api/users/forgot-password', { body: { email: `onbekend-${i}@schoolnabij.test` } })).status).toBe(503);
    }
    const refused = await client('POST', '/api/users/forgot-password', { body: { email: 'nog-een@schoolnabij.test' } });
    expect(refused.status).toBe(429);
    expect(await errorMessages(refused)).toEqual(['Te veel aanvragen om het wachtwoord te herstellen vanaf dit adres. Probeer het over 15 minuten opnieuw.']);
    // One inbox, from ever new addresses.
    const inbox = { email: 'doelwit@schoolnabij.test' };
    for (let i = 0; i < AUTH_LIMITS.forgotPasswordPerEmail.max; i++) {
      expect((await restFrom(cms, `192.0.2.${i + 1}`)('POST', '/api/users/forgot-password', { body: inbox })).status).toBe(503);
    }
    expect((await restFrom(cms, '192.0.2.99')('POST', '/api/users/forgot-password', { body: inbox })).status).toBe(429);
  });
});

describe('unlock', () => {
  it('is refused to an editor, so four guesses and an unlock no longer defeat the lock', async () => {
    const victim = { email: 'slachtoffer@schoolnabij.test', password: 'slachtoffer-wachtwoord-1' };
    await started.payload.create({ collection: 'users', data: createInput('users', { ...victim, roles: ['admin'] }), overrideAccess: true });
    const from = restFrom(cms, '203.0.113.20');
    for (let i = 0; i < 5; i++) await from('POST', '/api/users/login', { body: wrong(victim.email) });
    const editorToken = await login(cms, started.fx.editor);
    expect((await from('POST', '/api/users/unlock', { token: editorToken, body: { email: victim.email } })).status).toBe(403);
    expect((await from('POST', '/api/users/login', { body: victim })).status).toBe(401);
    const adminToken = await login(cms, started.fx.admin);
    expect((await from('POST', '/api/users/unlock', { token: adminToken, body: { email: victim.email } })).status).toBe(200);
    expect((await from('POST', '/api/users/login', { body: victim })).status).toBe(200);
  });
});

describe('passwords of at least 12 characters', () => {
  const tooShort = 'Het wachtwoord is te kort: 11 tekens. Kies een wachtwoord van minstens 12 tekens, bijvoorbeeld een zin van een paar woorden.';

  it('refuses a short password for a new account, a changed one and a reset one, in Dutch on the field', async () => {
    const adminToken = await login(cms, started.fx.admin);
    const created = await cms.rest('POST', '/api/users', { token: adminToken, body: { email: 'kort@schoolnabij.test', password: 'elf-tekens1' } });
    expect(created.status).toBe(400);
    expect(await errorMessages(created)).toEqual([tooShort]);
    expect((await cms.rest('POST', '/api/users', { token: adminToken, body: { email: 'lang@schoolnabij.test', password: 'twaalf-teken' } })).status).toBe(201);

    const editorToken = await login(cms, started.fx.editor);
    const changed = await cms.rest('PATCH', `/api/users/${started.fx.editor.id}`, { token: editorToken, body: { password: 'elf-tekens1' } });
    expect(changed.status).toBe(400);
    expect(await errorMessages(changed)).toEqual([tooShort]);

    const token = await started.payload.forgotPassword({ collection: 'users', data: { email: started.fx.editor.email }, disableEmail: true });
    const reset = await cms.rest('POST', '/api/users/reset-password', { body: { token, password: 'elf-tekens1' } });
    expect(reset.status).toBe(400);
    expect(await errorMessages(reset)).toEqual([tooShort]);
    expect((await cms.rest('POST', '/api/users/login', { body: { email: started.fx.editor.email, password: started.fx.editor.password } })).status).toBe(200);
  });
  // The very first account (create-first-user): cms/test/first-user.test.ts.
});

it('logs a failed login in one line, without a stack trace', async () => {
  const logger = started.payload.logger;
  const calls = (['fatal', 'error', 'warn', 'info'] as const).map((level) => ({ level, spy: vi.spyOn(logger, level) }));
  try {
    const res = await restFrom(cms, '203.0.113.30')('POST', '/api/users/login', { body: wrong(started.fx.admin.email) });
    expect(res.status).toBe(401);
    const logged = calls.flatMap(({ level, spy }) => spy.mock.calls.map((args) => ({ level, args })));
    expect(logged).toEqual([{ level: 'info', args: [{ msg: 'Het opgegeven e-mailadres of wachtwoord is onjuist.' }] }]);
  } finally {
    for (const { spy } of calls) spy.mockRestore();
  }
});
