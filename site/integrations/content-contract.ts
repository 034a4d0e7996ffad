import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
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
