/**
 * Password reset and invitations through the REST API, with the mail going to a real SMTP server
 * on loopback: the test reads the Dutch mail, follows its link's token to set a password, and logs
 * in with it. (Without SMTP: no-mail.test.ts.)
 */
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../payload-types.ts';
import { seed, type Fixtures } from '../test/support/fixtures.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { login } from '../test/support/roles.ts';
import { startMailCatcher, type MailCatcher } from '../test/support/smtp.ts';
import { INVITATION_SUBJECT } from './invitation-email.ts';
import { RESET_SUBJECT } from './reset-password-email.ts';

const SERVER_URL = 'https://cms.schoolnabij.test';

/** The token of the link to the admin's reset page; fails when the mail has no such link. */
function resetToken(mail: ParsedMail): string {
  const html = typeof mail.html === 'string' ? mail.html : '';
  const match = new RegExp(`href="${SERVER_URL}/admin/reset/([0-9a-f]{40})"`).exec(html);
  expect(match, `no link to ${SERVER_URL}/admin/reset/<token> in:\n${html}`).not.toBeNull();
  return match![1]!;
}

async function setPassword(cms: TestCms, token: string, password: string): Promise<Response> {
  return cms.rest('POST', '/api/users/reset-password', { body: { token, password } });
}

/** The mail's text with its line breaks as spaces (mailparser wraps the text it derives from HTML). */
function textOf(mail: ParsedMail): string {
  return (mail.text ?? '').replace(/\s+/g, ' ');
}

async function errorOf(res: Response): Promise<string> {
  return ((await res.json()) as { errors: { message: string }[] }).errors[0]!.message;
}

describe('with SMTP_URL and SMTP_FROM', () => {
  let smtp: MailCatcher;
  let cms: TestCms;
  let fx: Fixtures;
  let adminToken: string;

  beforeAll(async () => {
    smtp = await startMailCatcher();
    cms = await startTestCms('sqlite', { SMTP_URL: smtp.url, SMTP_FROM: 'Schoolnabij CMS <cms@schoolnabij.test>', CMS_SERVER_URL: SERVER_URL });
    fx = await seed(cms.payload);
    await cms.payload.update({ collection: 'users', id: fx.admin.id, data: { name: 'Fatima Beheer' } });
    adminToken = await login(cms, fx.admin);
  });
  afterAll(async () => {
    await cms?.close();
    await smtp?.close();
  });

  it('mails a Dutch reset link whose token sets a new password, which then logs in', async () => {
    const user = { email: 'vergeetachtig@schoolnabij.test', password: 'oud-wachtwoord-van-sam-1' };
    await cms.payload.create({ collection: 'users', data: { ...user, name: 'Sam', roles: ['editor'] } });
    const res = await cms.rest('POST', '/api/users/forgot-password', { body: { email: user.email } });
    expect(res.status).toBe(200);
    const mail = await smtp.next(user.email);
    expect(mail.subject).toBe(RESET_SUBJECT);
    expect(mail.from?.text).toBe('"Schoolnabij CMS" <cms@schoolnabij.test>');
    expect(textOf(mail)).toContain(`Beste Sam, Er is gevraagd om een nieuw wachtwoord voor uw account ${user.email} in het Schoolnabij CMS.`);
    expect(textOf(mail)).toContain('De link werkt één uur en één keer.');
    expect(textOf(mail)).toContain('Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het is.');

    const password = 'nieuw-wachtwoord-van-sam-2026';
    expect((await setPassword(cms, resetToken(mail), password)).status).toBe(200);
    await login(cms, { email: user.email, password });
    expect((await cms.rest('POST', '/api/users/login', { body: user })).status).toBe(401);
  });

  it('invites a new editor: the account exists at once, and the mail’s link lets them choose the password they log in with', async () => {
    const email = 'nieuwe.redacteur@schoolnabij.test';
    const res = await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { email, name: 'Noor de Wit', role: 'editor' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { message: string }).message).toBe(`Uitnodiging verstuurd naar ${email}.`);
    const [created] = (await cms.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs as User[];
    expect(created).toMatchObject({ email, name: 'Noor de Wit', roles: ['editor'] });

    const mail = await smtp.next(email);
    expect(mail.subject).toBe(INVITATION_SUBJECT);
    expect(textOf(mail)).toContain('Beste Noor de Wit,');
    expect(textOf(mail)).toContain('Fatima Beheer nodigt u uit om als redacteur mee te werken in het Schoolnabij CMS');
    expect(textOf(mail)).toContain(`Uw account is ${email}.`);
    expect(textOf(mail)).toContain(`De link werkt zeven dagen. Is hij verlopen? Vraag dan op ${SERVER_URL}/admin/forgot een nieuwe link aan`);
    const token = resetToken(mail);
    expect(textOf(mail)).toContain(`Wachtwoord kiezen: ${SERVER_URL}/admin/reset/${token}`);

    const password = 'zelfgekozen-wachtwoord-van-noor';
    expect((await setPassword(cms, token, password)).status).toBe(200);
    const jwt = await login(cms, { email, password });
    const me = (await (await cms.rest('GET', '/api/users/me', { token: jwt })).json()) as { user: User };
    expect(me.user.roles).toEqual(['editor']);
    // The token worked once.
    expect((await setPassword(cms, token, 'nog-een-ander-wachtwoord-1')).status).not.toBe(200);
  });

  it('invites as admin when asked, and names the role in the mail', async () => {
    const email = 'tweede.beheerder@schoolnabij.test';
    expect((await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { email, role: 'admin' } })).status).toBe(201);
    const mail = await smtp.next(email);
    expect(textOf(mail)).toContain('Beste collega,');
    expect(textOf(mail)).toContain('nodigt u uit om als beheerder mee te werken');
    expect((await cms.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0]?.roles).toEqual(['admin']);
  });

  it('lets only admins invite, and refuses a taken address, an unknown role and a bad address, in Dutch', async () => {
    const editorToken = await login(cms, fx.editor);
    const body = { email: 'iemand@schoolnabij.test', role: 'editor' };
    const byEditor = await cms.rest('POST', '/api/users/invite', { token: editorToken, body });
    expect(byEditor.status).toBe(403);
    expect(await errorOf(byEditor)).toBe('Alleen een beheerder kan iemand uitnodigen.');
    expect((await cms.rest('POST', '/api/users/invite', { body })).status).toBe(403);

    const taken = await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { email: 'Redactie@Schoolnabij.test', role: 'editor' } });
    expect(taken.status).toBe(409);
    expect(await errorOf(taken)).toBe(
      'Er is al een account voor redactie@schoolnabij.test. Is het wachtwoord kwijt? Dan vraagt die persoon een nieuw aan met "Wachtwoord vergeten?" op de inlogpagina.',
    );
    const role = await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { ...body, role: 'hoofdredacteur' } });
    expect(role.status).toBe(400);
    expect(await errorOf(role)).toBe('Onbekende rol "hoofdredacteur": kies admin of editor.');
    const address = await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { ...body, email: 'iemand op school' } });
    expect(address.status).toBe(400);
    expect(await errorOf(address)).toBe('Geen geldig e-mailadres: "iemand op school". Vul een adres in als naam@school.nl.');
    expect((await cms.payload.count({ collection: 'users', where: { email: { equals: body.email } } })).totalDocs).toBe(0);
  });

  it('creates no account when the invitation cannot be sent', async () => {
    await smtp.close();
    const email = 'onbereikbaar@schoolnabij.test';
    const res = await cms.rest('POST', '/api/users/invite', { token: adminToken, body: { email, role: 'editor' } });
    expect(res.status).toBe(502);
    expect(await errorOf(res)).toMatch(/^De uitnodiging aan onbereikbaar@schoolnabij\.test kon niet worden verstuurd \(.+\)\. Er is geen account aangemaakt; probeer het later opnieuw\.$/);
    expect((await cms.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0);
  });
});
