import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TEMPLATE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));

/** Pagefind's own UI bundles, which the site does not load. */
const UNUSED = /^pagefind\/(pagefind-(component-|modular-)?ui\.(css|js)|pagefind-highlight\.js)$/;

/**
 * Up to this size the whole index is precached, so that every search works offline. A larger
 * index would make one visit to the search page a download of many megabytes (about 20 MB at
 * 10,000 documents): then only Pagefind's core is precached, and the worker keeps the index
 * chunks and result fragments that searches use, so searches made before work offline.
 */
export const WHOLE_INDEX_BUDGET = 5 * 1024 * 1024;

/** Index chunks and result fragments: the bulk of the index, one file per word range or page. */
const ON_USE = /^pagefind\/(index|fragment)\//;

export interface Precache {
  urls: string[];
  /** Whether the whole index is precached, or only its core. */
  wholeIndex: boolean;
  indexBytes: number;
}

/** What a visitor needs to search offline: the shell, the search page and the Pagefind index. */
export function precacheList(outDir: string, budget = WHOLE_INDEX_BUDGET): Precache {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const index = files.filter((file) => file.startsWith('pagefind/') && !UNUSED.test(file));
  const indexBytes = index.reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0);
  const wholeIndex = indexBytes <= budget;
  const wanted = [
    ...(wholeIndex ? index : index.filter((file) => !ON_USE.test(file))),
    ...files.filter((file) => (file.startsWith('_astro/') && /\.(css|js)$/.test(file)) || file === 'favicon.svg'),
  ];
  return { urls: ['/', '/zoeken/', '/404.html', ...wanted.sort().map((file) => `/${file}`)], wholeIndex, indexBytes };
}

/**
 * Writes dist/sw.js: the template with this build's precache list and a version derived from
 * the precached files' contents, so a new build replaces stale caches and an unchanged build
 * keeps them.
 */
export function writeServiceWorker(outDir: string, budget = WHOLE_INDEX_BUDGET): Precache {
  const precache = precacheList(outDir, budget);
  const hash = createHash('sha256');
  for (const url of precache.urls) {
    const file = url.endsWith('/') ? path.join(outDir, url, 'index.html') : path.join(outDir, url);
    hash.update(url).update(readFileSync(file));
  }
  const version = hash.digest('hex').slice(0, 12);
  const source = readFileSync(TEMPLATE, 'utf8')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(precache.urls, null, 2));
  writeFileSync(path.join(outDir, 'sw.js'), source);
  return precache;
}

/** Writes /sw.js after the build, once Pagefind has written the index. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'schoolnabij:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { urls, wholeIndex, indexBytes } = writeServiceWorker(fileURLToPath(dir));
        const index = `${(indexBytes / 1024 / 1024).toFixed(1)} MB`;
        logger.info(
          `sw.js written: ${urls.length} files precached, ` +
            (wholeIndex ? `the whole index (${index})` : `the index's core only (the index is ${index}; chunks and fragments are kept as searches use them)`),
        );
      },
    },
  };
}
