/**
 * The addresses the CMS trusts: its own public address and the site's. Payload's `csrf` list
 * (which origins may act with an editor's login cookie) and `cors` list (which may read the API
 * from a browser) are both these origins, so a page elsewhere can neither save nor read as an
 * editor.
 */
import { publicSiteUrl } from '../publish/site-url.ts';
import type { Env } from '../paths.ts';

/** Where the Live Preview server runs when PREVIEW_URL is not set. */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4322';

/**
 * The origins the CMS is reached at: CMS_URL when set (the address editors open, behind any
 * proxy); otherwise the local addresses of the port it listens on (CMS_PORT, or the PORT that
 * Next sets once it listens), as `npm run cms` and `cms:serve` bind to localhost.
 */
export function cmsOrigins(env: Env = process.env): string[] {
  const configured = env.CMS_URL?.trim();
  if (configured) return [originOf('CMS_URL', configured)];
  const port = env.CMS_PORT || env.PORT || '3000';
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/** The CMS's own origins and the site's (SITE_URL): the csrf and cors lists of the Payload config. */
export function trustedOrigins(env: Env = process.env): string[] {
  return [...new Set([...cmsOrigins(env), originOf('SITE_URL', publicSiteUrl(env))])];
}

/** The origin of the Live Preview server (PREVIEW_URL), which the admin shows in a frame. */
export function previewOrigin(env: Env = process.env): string {
  return originOf('PREVIEW_URL', env.PREVIEW_URL?.trim() || DEFAULT_PREVIEW_URL);
}

function originOf(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an http(s) address such as https://cms.schoolnabij.nl, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${variable} must be an http(s) address such as https://cms.schoolnabij.nl, got "${value}"`);
  }
  return url.origin;
}
