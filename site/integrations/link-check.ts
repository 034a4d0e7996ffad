import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion, fileMemo } from '../build/file-memo.ts';
import { incrementalBuild } from '../build/incremental.ts';
import { checkLinks, LinkCheckError } from '../links/check-links.ts';
import { canRefer, findReferences, type Reference } from '../links/references.ts';

/** What the memo keeps of a file's references (a set does not survive JSON). */
interface RememberedReferences {
  references: Reference[];
  ids?: string[];
  base?: string;
}

/**
 * Fails the build when an internal link, image, attachment, feed entry, sitemap entry or
 * redirect of the finished output does not resolve, naming every page and link. Registered
 * after the integrations that write into the output (redirects, sitemap, media) and before the
 * Pagefind index, which the check takes as present. In the publish job's builds, what each file
 * refers to is remembered (site/build/file-memo.ts): only the pages this build wrote are parsed,
 * and every link of every page is still resolved against this build's files.
 */
export function linkCheck(): AstroIntegration {
  let site: string | undefined;
  let cacheDir: string | undefined;
  return {
    name: 'schoolnabij:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        cacheDir = incrementalBuild() ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const version = codeVersion([new URL('../links/references.ts', import.meta.url).href], ['htmlparser2']);
        const memo = fileMemo<RememberedReferences>('link-references', out, cacheDir, version);
        const problems = checkLinks(out, {
          site,
          scan: (file, read) => {
            if (!canRefer(file)) return findReferences(file, read);
            const remembered = memo.get(file, (text) => {
              const found = findReferences(file, () => text);
              return { references: found.references, ids: found.ids && [...found.ids], base: found.base };
            });
            return { references: remembered.references, ids: remembered.ids && new Set(remembered.ids), base: remembered.base };
          },
        });
        if (problems.length > 0) {
          const relative = path.relative(process.cwd(), out);
          throw new LinkCheckError(problems, relative && !relative.startsWith('..') ? relative : out.replace(/\/+$/, ''));
        }
        const { derived } = memo.save();
        logger.info(`every internal link resolves (${Math.round(performance.now() - started)} ms, ${derived} file(s) read)`);
      },
    },
  };
}
