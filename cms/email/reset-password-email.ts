/** The mail of "Wachtwoord vergeten?": a link to the admin's page that sets a new password (valid one hour, Payload's default). */
import type { IncomingAuthType } from 'payload';
import type { User } from '../payload-types.ts';
import { resetPasswordLink } from './admin-link.ts';
import { mailHtml } from './mail-body.ts';

export const RESET_SUBJECT = 'Nieuw wachtwoord voor het Schoolnabij CMS';

export const resetPasswordEmail: NonNullable<IncomingAuthType['forgotPassword']> = {
  generateEmailSubject: () => RESET_SUBJECT,
  generateEmailHTML: (args) => {
    const { req, token, user } = args ?? {};
    if (!req || !token) throw new Error('generateEmailHTML: Payload passed no request or no token');
    const account: Pick<User, 'email' | 'name'> | undefined = user;
    return mailHtml({
      name: account?.name,
      paragraphs: [
        `Er is gevraagd om een nieuw wachtwoord voor uw account ${account?.email ?? ''} in het Schoolnabij CMS.`,
        'Met de knop hieronder kiest u een nieuw wachtwoord. De link werkt één uur en één keer.',
      ],
      link: { href: resetPasswordLink(req.payload, token), label: 'Nieuw wachtwoord instellen' },
      closing: ['Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het is.'],
    });
  },
};
