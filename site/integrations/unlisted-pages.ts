import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeUnlistedPages } from '../build/kept-pages.ts';

/**
 * In the publish job's builds, whose folder already holds the live site's unchanged pages
 * (site/build/kept-pages.ts): removes those of documents that are gone as soon as the pages are
 * generated, before the steps that read the output (links, headers, service worker, Pagefind).
 */
export function unlistedPages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'schoolnabij:unlisted-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:generated': ({ dir, logger }) => {
        const removed = removeUnlistedPages(fileURLToPath(dir), cacheDir);
        if (removed) logger.info(`${removed} page(s) of documents that are gone removed`);
      },
    },
  };
}
