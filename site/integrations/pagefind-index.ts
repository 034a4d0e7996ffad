import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO } from '../../contract/index.ts';
import { codeVersion, fileMemo } from '../build/file-memo.ts';
import { incrementalBuild } from '../build/incremental.ts';
import { indexedFragments, keepFragments, PAGEFIND_FOLDER, rememberFragments, type RememberedFragment } from '../build/pagefind-fragments.ts';
import { FILTERS } from '../lib/search-facets.ts';
import { writeFacetFile } from './facet-file.ts';

/**
 * The HTML files that can be documents: one folder under an article kind's route, or one folder
 * under the root (pages). Listing, theme and region pages have no data-pagefind-body, so Pagefind
 * would skip them anyway, after parsing them: 4,800 files and 1.3 s at 10,000 documents.
 */
const DOCUMENT_GLOB = `{*,{${ARTICLE_COLLECTIONS.map((c) => COLLECTION_INFO[c].route).join(',')}}/*}/index.html`;

/**
 * Builds the Pagefind index over the finished HTML in the output folder, in Dutch, and beside it
 * the facet file the search page counts filter values from. Pagefind's binary starts reading the
 * pages as soon as they are generated, while the steps before it (sitemap, headers, link check)
 * run in Astro's process: on two cores that takes about their time off the build. The index is
 * written when they are done. In the publish job's builds it is written over the fragments of the
 * pages that did not change (site/build/pagefind-fragments.ts), which Pagefind then leaves as
 * they are.
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let reading: Promise<{ index: pagefind.PagefindIndex; pages: number; started: number }> | undefined;
  const read = async (out: string) => {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out, glob: DOCUMENT_GLOB });
    if (added.errors.length) throw new Error(`Pagefind could not index ${out}: ${added.errors.join('; ')}`);
    return { index, pages: added.page_count, started };
  };
  return {
    name: 'schoolnabij:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = incrementalBuild() ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:generated': ({ dir }) => {
        reading = read(fileURLToPath(dir));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        reading.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const { index, pages, started } = await (reading ?? read(out));
          const pagefindDir = path.join(out, PAGEFIND_FOLDER);
          // This module and the fragments' own: they decide what is kept; Pagefind: it writes them.
          const version = codeVersion([import.meta.url, new URL('../build/pagefind-fragments.ts', import.meta.url).href], ['pagefind']);
          const memo = fileMemo<RememberedFragment>('pagefind-fragments', out, cacheDir, version);
          const write = async () => {
            const written = await index.writeFiles({ outputPath: pagefindDir });
            if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          };
          const kept = keepFragments(out, memo);
          await write();
          let fragments = indexedFragments(out, kept);
          if (!fragments) {
            logger.warn('a kept search fragment is not part of the new index: the index is written again in full');
            rmSync(pagefindDir, { recursive: true, force: true });
            await write();
            fragments = indexedFragments(out);
            if (!fragments) throw new Error(`${pagefindDir}: Pagefind wrote two fragments for one page`);
          }
          rememberFragments(out, memo, fragments);
          memo.save();
          const facets = writeFacetFile(pagefindDir, FILTERS, fragments);
          const reused = fragments.filter((fragment) => kept.has(fragment.id)).length;
          logger.info(`indexed ${pages} pages in ${Math.round(performance.now() - started)} ms (${reused} fragment(s) kept; facet file: ${facets.pages} pages, ${Math.round(facets.bytes / 1024)} KB)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
