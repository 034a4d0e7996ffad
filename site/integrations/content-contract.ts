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
        if (command === 'build') forgetOtherContentFolder(config.cacheDir, contentDir(), logger);
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
 * folder (CONTENT_DIR) still points at that folder's modules, which breaks the build. When the
 * folder differs from the last build's, the store is dropped, as `astro build --force` would.
 */
function forgetOtherContentFolder(cacheDir: URL, folder: string, logger: AstroIntegrationLogger) {
  const dir = fileURLToPath(cacheDir);
  const marker = path.join(dir, 'schoolnabij-content-dir');
  const last = existsSync(marker) ? readFileSync(marker, 'utf8') : undefined;
  if (last !== folder) {
    if (last !== undefined) logger.info(`content folder changed (${last} → ${folder}): content cache dropped`);
    rmSync(path.join(dir, 'data-store.json'), { force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(marker, folder);
  }
}
