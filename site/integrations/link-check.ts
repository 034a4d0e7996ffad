import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, LinkCheckError } from '../links/check-links.ts';

/**
 * Fails the build when an internal link, image, attachment, feed entry, sitemap entry or
 * redirect of the finished output does not resolve, naming every page and link. Registered
 * after the integrations that write into the output (redirects, sitemap, media) and before the
 * Pagefind index, which the check takes as present.
 */
export function linkCheck(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'schoolnabij:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const problems = checkLinks(out, { site });
        if (problems.length > 0) {
          const relative = path.relative(process.cwd(), out);
          throw new LinkCheckError(problems, relative && !relative.startsWith('..') ? relative : out.replace(/\/+$/, ''));
        }
        logger.info(`every internal link resolves (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
