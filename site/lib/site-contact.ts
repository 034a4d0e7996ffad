/**
 * The site-wide contact address in the footer, read in this one place. SITE_CONTACT_EMAIL sets
 * it (read at build time); unset, it is redactie@schoolnabij.nl. Anything but an e-mail address
 * stops the build with an error naming the variable.
 */
import { email } from '../../contract/values.ts';

export const SITE_CONTACT_EMAIL = 'SITE_CONTACT_EMAIL';
export const DEFAULT_CONTACT_EMAIL = 'redactie@schoolnabij.nl';

export function siteContactEmail(env: Record<string, string | undefined> = process.env): string {
  const value = env[SITE_CONTACT_EMAIL]?.trim();
  if (!value) return DEFAULT_CONTACT_EMAIL;
  if (!email.safeParse(value).success) {
    throw new Error(`${SITE_CONTACT_EMAIL} must be an e-mail address such as "redactie@schoolnabij.nl", got "${value}"`);
  }
  return value;
}
