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

export interface PrecacheEntry {
  url: string;
  /** A hash of the file's contents: unchanged files keep their revision from build to build. */
  revision: string;
}

/** The file a precached URL is served from. */
export function precacheFile(outDir: string, url: string): string {
  return url.endsWith('/') ? path.join(outDir, url, 'index.html') : path.join(outDir, url);
}

/** The precache list with each file's revision: the hash of its contents, never of the build. */
export function precacheManifest(outDir: string, urls: string[]): PrecacheEntry[] {
  return urls.map((url) => ({ url, revision: createHash('sha256').update(readFileSync(precacheFile(outDir, url))).digest('hex').slice(0, 16) }));
}

/**
 * Writes dist/sw.js: the template with this build's precache manifest. A new build changes it
 * only in the revisions of the files that changed, so a returning visitor's browser fetches
 * those files and keeps the others.
 */
export function writeServiceWorker(outDir: string, budget = WHOLE_INDEX_BUDGET): Precache & { manifest: PrecacheEntry[] } {
  const precache = precacheList(outDir, budget);
  const manifest = precacheManifest(outDir, precache.urls);
  const source = readFileSync(TEMPLATE, 'utf8').replace('__PRECACHE__', JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(outDir, 'sw.js'), source);
  return { ...precache, manifest };
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
