import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, ContentContractError, contentDir, documentPath, formatViolation } from '../../contract/index.ts';

export type ContentContractIntegration = AstroIntegration & {
  /** Old path → current path, from every document's redirectFrom; filled when the build starts. */
  redirects: Map<string, string>;
};

/**
 * Runs the content contract before Astro reads content/, so that `astro build` fails with the
 * same one-line messages as `npm run check:content`; collects the redirects of `redirectFrom`
 * (their pages are rendered by site/pages/[...redirect].astro) and writes them to _redirects
 * for hosts that read one.
 */
export function contentContract(): ContentContractIntegration {
  const redirects = new Map<string, string>();
  return {
    name: 'schoolnabij:content-contract',
    redirects,
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        // Only a build reads its content store from cacheDir (a dev server keeps its own in .astro/):
        // a dev server (the preview server) that dropped it would break a build running meanwhile.
        if (command === 'build') forgetOtherContentFolder(config.cacheDir, contentDir(), logger, new URL('.astro/', config.root));
        const { documents, violations, warnings } = checkContent(contentDir());
        for (const warning of warnings) logger.warn(formatViolation(warning));
        if (violations.length > 0) throw new ContentContractError(violations);
        redirects.clear();
        for (const doc of documents) {
          for (const from of doc.data.redirectFrom ?? []) redirects.set(from, documentPath(doc.collection, doc.slug));
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const lines = [...redirects].map(([from, to]) => `${from} ${to} 301\n`);
        writeFileSync(path.join(fileURLToPath(dir), '_redirects'), lines.join(''));
        logger.info(`${lines.length} redirect(s) written to _redirects`);
      },
    },
  };
}

/**
 * Astro keeps its content data store in cacheDir, and a store filled from another content
 * folder (CONTENT_DIR) still points at that folder's modules, which breaks the build. The lists of
 * those modules (content-modules.mjs, content-assets.mjs) are written to .astro/, which builds with
 * another cacheDir (ASTRO_CACHE_DIR) share, and Astro rewrites them only for a store that changed.
 * So the marker of the last build's cache and content folder lives in .astro/ too: when either
 * differs, this build's store is dropped (as `astro build --force` would) and the lists rewritten.
 */
function forgetOtherContentFolder(cacheDir: URL, folder: string, logger: AstroIntegrationLogger, dotAstroDir: URL) {
  const dir = path.resolve(fileURLToPath(cacheDir));
  const shared = fileURLToPath(dotAstroDir);
  const marker = path.join(shared, 'schoolnabij-content-dir');
  const current = `${folder}\n${dir}`;
  const last = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (last !== current) {
    if (last !== undefined) logger.info(`content or cache folder changed (${last.replace('\n', ', ')} → ${folder}, ${dir}): content cache dropped`);
    rmSync(path.join(dir, 'data-store.json'), { force: true });
    mkdirSync(dir, { recursive: true });
    mkdirSync(shared, { recursive: true });
    writeFileSync(marker, current);
  }
}
