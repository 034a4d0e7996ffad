/** The mail that invites a new editor: who invited them, as what, and a link to choose a password. */
import type { Payload } from 'payload';
import { ROLE_LABELS, type Role } from '../access/roles.ts';
import { adminLink, resetPasswordLink } from './admin-link.ts';
import { mailHtml, mailText, type MailContent } from './mail-body.ts';

export const INVITATION_SUBJECT = 'Uitnodiging voor het Schoolnabij CMS';
/** How long the link of an invitation works: a week, as a new colleague may not read mail at once. */
export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
  email: string;
  name?: string | null;
  role: Role;
  invitedBy: string;
  token: string;
}

export function invitationEmail(payload: Payload, invitation: Invitation): { subject: string; html: string; text: string } {
  const content: MailContent = {
    name: invitation.name,
    paragraphs: [
      `${invitation.invitedBy} nodigt u uit om als ${ROLE_LABELS[invitation.role].toLowerCase()} mee te werken in het Schoolnabij CMS, waarin de praktijkvoorbeelden en andere artikelen van schoolnabij.nl worden geschreven.`,
      `Uw account is ${invitation.email}. Met de knop hieronder kiest u uw wachtwoord; daarna bent u meteen ingelogd.`,
    ],
    link: { href: resetPasswordLink(payload, invitation.token), label: 'Wachtwoord kiezen' },
    closing: [
      `De link werkt zeven dagen. Is hij verlopen? Vraag dan op ${adminLink(payload, payload.config.admin.routes.forgot)} een nieuwe link aan met uw e-mailadres.`,
      'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren; zonder wachtwoord kan niemand met dit account inloggen.',
    ],
  };
  return { subject: INVITATION_SUBJECT, html: mailHtml(content), text: mailText(content) };
}
