/**
 * Which pages the publish job's build may find in place (kept-pages.ts): only those of the last
 * incremental build, as that build left them; and once the pages are generated, the kept pages of
 * documents that are gone, unless the build wrote them.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepLastPages, recordBuiltPages, removeUnlistedPages } from './kept-pages.ts';

let root: string;
let cache: string;
let live: string;
let out: string;

/** Astro's incremental-build.json (astro 7.3.5, pinned), listing these output files. */
function writeManifest(files: string[]) {
  const paths = Object.fromEntries(files.map((file) => [`/${path.dirname(file)}/`, { cacheKey: 'k', outputFile: file }]));
  writeFileSync(path.join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'site/pages/[kind]/[slug].astro': { dependencyHash: 'h', paths } } }));
}

function writePage(dir: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-kept-'));
  cache = path.join(root, 'cache');
  live = path.join(root, 'live');
  out = path.join(root, 'live.building');
  mkdirSync(cache);
  // The last build: two pages and an index file, recorded as it left them.
  for (const file of ['a/index.html', 'b/index.html']) writePage(live, file, `page ${file}`);
  writePage(live, 'pagefind/pagefind-entry.json', '{}');
  writeManifest(['a/index.html', 'b/index.html']);
  recordBuiltPages(live, cache);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('keeping the last pages', () => {
  it('puts the pages of the last build in place and nothing else', () => {
    writePage(out, 'a/index.html', 'page a/index.html, one publication older');
    writePage(out, 'pagefind/old.pf_fragment', 'old');
    writePage(out, 'gone/index.html', 'a page no build lists');
    keepLastPages(out, live, cache);
    expect(read(out, 'a/index.html')).toBe('page a/index.html');
    expect(read(out, 'b/index.html')).toBe('page b/index.html');
    expect(existsSync(path.join(out, 'pagefind'))).toBe(false);
    expect(existsSync(path.join(out, 'gone/index.html'))).toBe(false);
  });

  it('does not trust a live page that another build wrote', () => {
    // npm run build into dist/, say: a new file where the recorded one was.
    writePage(root, 'other.html', 'page a/index.html');
    renameSync(path.join(root, 'other.html'), path.join(live, 'a/index.html'));
    writeFileSync(path.join(live, 'b/index.html'), 'page b/index.htmX');
    keepLastPages(out, live, cache);
    expect(existsSync(path.join(out, 'a/index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'b/index.html'))).toBe(false);
  });

  it('keeps nothing without a record of the last build', () => {
    rmSync(path.join(cache, 'schoolnabij-built-pages.json'));
    keepLastPages(out, live, cache);
    expect(existsSync(path.join(out, 'a/index.html'))).toBe(false);
  });

  it('removes a kept page the new build does not list, unless the build wrote it', () => {
    keepLastPages(out, live, cache);
    writeManifest(['a/index.html']);
    expect(removeUnlistedPages(out, cache)).toBe(1);
    expect(existsSync(path.join(out, 'b'))).toBe(false);
    expect(read(out, 'a/index.html')).toBe('page a/index.html');

    writeManifest(['a/index.html', 'b/index.html']);
    keepLastPages(out, live, cache);
    writePage(out, 'b/index.html', 'written by a route without a cache key');
    writeManifest(['a/index.html']);
    expect(removeUnlistedPages(out, cache)).toBe(0);
    expect(read(out, 'b/index.html')).toBe('written by a route without a cache key');
  });
});
