/**
 * The newsletter sign-up form's configuration, read in this one place.
 * NEWSLETTER_FORM_ACTION is the https URL of the mailing provider's sign-up endpoint; the
 * /nieuwsbrief/ page posts its form there. Unset (or empty), the page explains how to subscribe
 * by e-mail instead.
 */

export const NEWSLETTER_FORM_ACTION = 'NEWSLETTER_FORM_ACTION';

/** The validated form action, or undefined when none is configured; throws on anything but https. */
export function newsletterFormAction(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[NEWSLETTER_FORM_ACTION]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${NEWSLETTER_FORM_ACTION} must be an https URL (the mailing provider's sign-up address), got "${value}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${NEWSLETTER_FORM_ACTION} must be an https URL (the mailing provider's sign-up address), got "${value}"`);
  }
  if (url.username || url.password) {
    throw new Error(`${NEWSLETTER_FORM_ACTION} must not contain a user name or password, got "${url.protocol}//…@${url.host}"`);
  }
  return url.href;
}
