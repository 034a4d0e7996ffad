/**
 * The CMS's outgoing mail, from the environment: SMTP_URL (the SMTP server) and SMTP_FROM (the
 * sender). Both unset: no mail, and the admin offers nothing that needs it. One without the other,
 * or a value that cannot work, stops the CMS at start with a message naming the variable.
 */
import type { Env } from '../paths.ts';

export interface MailSettings {
  /** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465. */
  url: string;
  fromAddress: string;
  fromName: string;
}

const DEFAULT_FROM_NAME = 'Schoolnabij CMS';

export function mailSettings(env: Env = process.env): MailSettings | undefined {
  const url = env.SMTP_URL?.trim();
  const from = env.SMTP_FROM?.trim();
  if (!url && !from) return undefined;
  if (!url || !from) throw new Error(`${url ? 'SMTP_FROM' : 'SMTP_URL'} is not set: the CMS sends mail only with both SMTP_URL and SMTP_FROM (see README, Configuration).`);
  if (!/^smtps?:\/\/[^/]/.test(url)) {
    throw new Error(`SMTP_URL "${url.replace(/\/\/[^@/]*@/, '//…@')}" is not an SMTP address: expected smtp://user:password@host:587 or smtps://user:password@host:465.`);
  }
  const named = /^(.*?)\s*<([^<>\s]+)>$/.exec(from);
  const fromAddress = named ? named[2]! : from;
  if (!/^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/.test(fromAddress)) {
    throw new Error(`SMTP_FROM "${from}" is not a sender: expected an address (cms@schoolnabij.nl) or a name and address (Schoolnabij CMS <cms@schoolnabij.nl>).`);
  }
  const fromName = named?.[1]?.replace(/^"(.*)"$/, '$1').trim() || DEFAULT_FROM_NAME;
  if (env.NODE_ENV === 'production' && !env.CMS_SERVER_URL) {
    throw new Error('CMS_SERVER_URL is not set: with SMTP_URL set, the links in the CMS\'s mails need the public address of the admin (https://cms.example.nl).');
  }
  return { url, fromAddress, fromName };
}
