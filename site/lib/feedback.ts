/**
 * Where "Was dit nuttig?" posts, read in this one place. CMS_PUBLIC_URL is the address at which
 * readers' browsers reach the CMS (https://cms.schoolnabij.nl); the form posts to its
 * /api/feedback. Unset (or empty), article and content pages carry no form.
 */

export const CMS_PUBLIC_URL = 'CMS_PUBLIC_URL';

/** The CMS's public origin, or undefined when none is configured; throws on anything but an http(s) origin. */
export function cmsPublicOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[CMS_PUBLIC_URL]?.trim();
  if (!value) return undefined;
  const fix = `${CMS_PUBLIC_URL} must be the CMS's public address, such as https://cms.schoolnabij.nl`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${fix}, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${fix}, got "${value}"`);
  if (url.username || url.password) throw new Error(`${fix}, without a user name or password, got "${url.protocol}//…@${url.host}"`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`${fix}, without a path (the form posts to its /api/feedback), got "${value}"`);
  return url.origin;
}

/** The form's action: the CMS's feedback endpoint, or undefined without CMS_PUBLIC_URL. */
export function feedbackAction(env: Record<string, string | undefined> = process.env): string | undefined {
  const origin = cmsPublicOrigin(env);
  return origin && `${origin}/api/feedback`;
}
