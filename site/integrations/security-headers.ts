import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion, fileMemo } from '../build/file-memo.ts';
import { incrementalBuild } from '../build/incremental.ts';
import { inlineHashes, type InlineHashes } from '../lib/inline-hashes.ts';
import { feedbackAction } from '../lib/feedback.ts';
import { newsletterFormAction } from '../lib/newsletter.ts';
import { headersFile, siteSecurityHeaders } from '../server/security-headers.ts';

/**
 * Writes dist/_headers: the Content-Security-Policy (the site's own files, plus a hash for each
 * inline script, style and style attribute of the built pages), X-Frame-Options, nosniff,
 * Referrer-Policy and HSTS for every path. Netlify and Cloudflare Pages read the file;
 * `npm run serve` sends what it says. One policy for the whole site, sent as a header: a
 * <meta> policy (Astro's security.csp) cannot forbid framing. In the publish job's builds each
 * page's hashes are remembered (site/build/file-memo.ts): only the pages this build wrote are parsed.
 */
export function securityHeaders(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'schoolnabij:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = incrementalBuild() ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const version = codeVersion([new URL('../lib/inline-hashes.ts', import.meta.url).href], ['htmlparser2']);
        const memo = fileMemo<InlineHashes>('inline-hashes', out, cacheDir, version);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const styleAttributes = new Set<string>();
        const pages = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
        for (const page of pages) {
          const hashes = memo.get(path.relative(out, path.join(page.parentPath, page.name)), inlineHashes);
          hashes.scripts.forEach((hash) => scripts.add(hash));
          hashes.styles.forEach((hash) => styles.add(hash));
          hashes.styleAttributes.forEach((hash) => styleAttributes.add(hash));
        }
        const formAction = newsletterFormAction();
        // "Was dit nuttig?" posts to the CMS, as a form and from its script.
        const feedback = feedbackAction();
        const headers = siteSecurityHeaders({
          scriptHashes: [...scripts].sort(),
          styleHashes: [...styles].sort(),
          styleAttributeHashes: [...styleAttributes].sort(),
          formActions: [formAction, feedback].filter((url) => url !== undefined),
          connectSources: feedback ? [feedback] : [],
        });
        writeFileSync(path.join(out, '_headers'), headersFile(headers));
        const { derived } = memo.save();
        logger.info(`_headers written: ${scripts.size} inline script(s), ${styles.size} style(s), ${styleAttributes.size} style attribute(s) hashed (${derived} page(s) read)`);
      },
    },
  };
}
