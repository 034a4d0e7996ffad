import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from './cache-dir.ts';

describe("Astro's cache folder per content folder", () => {
  const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-cache-'));
  const cacheRoot = path.join(root, 'cache');
  const folder = (name: string) => {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives each content folder a cache of its own, and the same one each time', () => {
    const content = folder('content');
    const preview = folder('preview/content');
    const first = contentCacheDir(cacheRoot, content);
    expect(contentCacheDir(cacheRoot, preview)).not.toBe(first);
    expect(contentCacheDir(cacheRoot, content)).toBe(first);
    expect(path.dirname(first)).toBe(cacheRoot);
  });

  it('removes the caches of folders that are gone, and keeps the others with what they hold', () => {
    const kept = folder('kept');
    const staging = folder('content.export-123');
    const keptCache = contentCacheDir(cacheRoot, kept);
    writeFileSync(path.join(keptCache, 'data-store.json'), '{}');
    const stagingCache = contentCacheDir(cacheRoot, staging);
    rmSync(staging, { recursive: true });
    contentCacheDir(cacheRoot, folder('next'));
    expect(existsSync(stagingCache)).toBe(false);
    expect(existsSync(path.join(keptCache, 'data-store.json'))).toBe(true);
  });
});
