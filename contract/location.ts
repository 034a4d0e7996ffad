import path from 'node:path';

/** The content/ folder the site is built from: CONTENT_DIR when set (tests, exports), else ./content. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR || 'content');
}

/** The site's public address (SITE_URL), whose absolute links are internal links too. */
export function siteUrl(): string {
  return process.env.SITE_URL || 'https://schoolnabij.nl';
}
