import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TEMPLATE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));

/** Pagefind's own UI bundles, which the site does not load. */
const UNUSED = /^pagefind\/(pagefind-(component-|modular-)?ui\.(css|js)|pagefind-highlight\.js)$/;

/** What a visitor needs to search offline: the shell, the search page and the Pagefind index. */
export function precacheList(outDir: string): string[] {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const wanted = files.filter(
    (file) =>
      (file.startsWith('pagefind/') && !UNUSED.test(file)) ||
      (file.startsWith('_astro/') && /\.(css|js)$/.test(file)) ||
      file === 'favicon.svg',
  );
  return ['/', '/zoeken/', '/404.html', ...wanted.sort().map((file) => `/${file}`)];
}

/**
 * Writes /sw.js after the build (and after Pagefind): the template with this build's precache
 * list and a version derived from the precached files' contents, so a new build replaces
 * stale caches and an unchanged build keeps them.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'schoolnabij:service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const list = precacheList(outDir);
        const hash = createHash('sha256');
        for (const url of list) {
          const file = url.endsWith('/') ? path.join(outDir, url, 'index.html') : path.join(outDir, url);
          hash.update(url).update(readFileSync(file));
        }
        const version = hash.digest('hex').slice(0, 12);
        const source = readFileSync(TEMPLATE, 'utf8').replace("'__VERSION__'", JSON.stringify(version)).replace('__PRECACHE__', JSON.stringify(list, null, 2));
        writeFileSync(path.join(outDir, 'sw.js'), source);
        logger.info(`sw.js written: ${list.length} files precached, version ${version}`);
      },
    },
  };
}
