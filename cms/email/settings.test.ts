import { describe, expect, it } from 'vitest';
import { mailSettings } from './settings.ts';

describe('mailSettings', () => {
  it('is off when neither SMTP_URL nor SMTP_FROM is set', () => {
    expect(mailSettings({})).toBeUndefined();
    expect(mailSettings({ SMTP_URL: ' ', SMTP_FROM: '' })).toBeUndefined();
  });

  it.each([
    ['Schoolnabij CMS <cms@schoolnabij.nl>', 'cms@schoolnabij.nl', 'Schoolnabij CMS'],
    ['"Redactie Schoolnabij" <redactie@schoolnabij.nl>', 'redactie@schoolnabij.nl', 'Redactie Schoolnabij'],
    ['cms@schoolnabij.nl', 'cms@schoolnabij.nl', 'Schoolnabij CMS'],
  ])('reads the sender %s', (from, fromAddress, fromName) => {
    expect(mailSettings({ SMTP_URL: 'smtps://u:p@smtp.example.nl:465', SMTP_FROM: from })).toEqual({ url: 'smtps://u:p@smtp.example.nl:465', fromAddress, fromName });
  });

  it.each([
    [{ SMTP_URL: 'smtp://mail:587' }, 'SMTP_FROM is not set: the CMS sends mail only with both SMTP_URL and SMTP_FROM (see README, Configuration).'],
    [{ SMTP_FROM: 'cms@schoolnabij.nl' }, 'SMTP_URL is not set: the CMS sends mail only with both SMTP_URL and SMTP_FROM (see README, Configuration).'],
    [
      { SMTP_URL: 'https://user:geheim@mail.example.nl', SMTP_FROM: 'cms@schoolnabij.nl' },
      'SMTP_URL "https://…@mail.example.nl" is not an SMTP address: expected smtp://user:password@host:587 or smtps://user:password@host:465.',
    ],
    [
      { SMTP_URL: 'smtp://mail:587', SMTP_FROM: 'Schoolnabij CMS' },
      'SMTP_FROM "Schoolnabij CMS" is not a sender: expected an address (cms@schoolnabij.nl) or a name and address (Schoolnabij CMS <cms@schoolnabij.nl>).',
    ],
    [
      { SMTP_URL: 'smtp://mail:587', SMTP_FROM: 'cms@schoolnabij.nl', NODE_ENV: 'production' },
      "CMS_SERVER_URL is not set: with SMTP_URL set, the links in the CMS's mails need the public address of the admin (https://cms.example.nl).",
    ],
  ])('stops the CMS for %o', (env, message) => {
    expect(() => mailSettings(env)).toThrow(message);
  });
});
