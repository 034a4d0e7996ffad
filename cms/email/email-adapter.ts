/**
 * Payload's e-mail adapter: SMTP through nodemailer when SMTP_URL and SMTP_FROM are set, else one
 * that refuses to send. (Payload's own fallback logs "Email attempted without being configured"
 * and reports success, so a reset would say "sent" while nothing was.)
 *
 * This is what @payloadcms/email-nodemailer does; that package is not used because its newest
 * release in our registry is 3.90.1, and Payload's start-up check rejects a 3.90.1 package beside
 * payload 3.90.2. Once @payloadcms/email-nodemailer@3.90.2 is there, `nodemailerAdapter({
 * transport, defaultFromAddress, defaultFromName })` can replace the adapter below.
 */
import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';
import type { Env } from '../paths.ts';
import { MAIL_NOT_CONFIGURED } from './mail-available.ts';
import { mailSettings } from './settings.ts';

export function emailAdapter(env: Env = process.env): EmailAdapter {
  const settings = mailSettings(env);
  if (!settings) {
    return () => ({
      name: 'disabled',
      defaultFromAddress: 'cms@localhost',
      defaultFromName: 'Schoolnabij CMS',
      sendEmail: async () => {
        throw new Error(MAIL_NOT_CONFIGURED);
      },
    });
  }
  const transport = nodemailer.createTransport(settings.url);
  return ({ payload }) => {
    // Tells the operator at start when the server cannot be reached or refuses the login.
    transport.verify().catch((error: Error) => payload.logger.warn(`SMTP_URL: the SMTP server does not accept us: ${error.message}`));
    return {
      name: 'nodemailer',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: (message) => {
        const from = typeof message.from === 'object' ? `"${message.from.name ?? settings.fromName}" <${message.from.address}>` : message.from;
        return transport.sendMail({ ...message, from: from ?? `"${settings.fromName}" <${settings.fromAddress}>` });
      },
    };
  };
}
