import { documentPath, type Collection } from '../../contract/vocabulary.ts';
import type { Env } from '../paths.ts';

/** Where the site is built for when SITE_URL is not set (astro.config.mjs has the same default). */
export const DEFAULT_SITE_URL = 'https://schoolnabij.nl';
/** What `npm run serve` (and so `npm start`) serves dist/ at. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Where editors find the public site: SITE_URL when set; otherwise the local site in development
 * (`npm start` serves dist/ there), and the default address in production.
 */
export function publicSiteUrl(env: Env = process.env): string {
  const url = env.SITE_URL?.trim() || (env.NODE_ENV === 'production' ? DEFAULT_SITE_URL : LOCAL_SITE_URL);
  return url.replace(/\/+$/, '');
}

export function publicDocumentUrl(collection: Collection, slug: string, env: Env = process.env): string {
  return `${publicSiteUrl(env)}${documentPath(collection, slug)}`;
}
