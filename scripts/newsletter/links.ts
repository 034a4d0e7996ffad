import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NewsletterLink } from './compose.ts';

/** The links whose page is not in the built site: a path resolves when <siteDir><path>index.html exists. */
export function unresolvedLinks(links: readonly NewsletterLink[], siteDir: string): NewsletterLink[] {
  return links.filter((link) => {
    const file = path.join(siteDir, ...link.path.split('/').filter(Boolean), 'index.html');
    return !link.path.startsWith('/') || !link.path.endsWith('/') || link.path.includes('..') || !existsSync(file);
  });
}
