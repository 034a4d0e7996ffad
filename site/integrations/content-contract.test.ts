/**
 * The content store Astro keeps in cacheDir belongs to one content folder: a build of another
 * folder drops it, and a dev server (the preview server, whose store lives in .astro/) never
 * touches it, so that it cannot break a build running at the same time.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentContract } from './content-contract.ts';

describe("the build's content store", () => {
  const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-store-'));
  const cacheDir = path.join(root, 'cache');
  const store = path.join(cacheDir, 'data-store.json');
  // The marker of the last build's folders, in .astro/ beside the module lists builds share.
  const marker = path.join(root, '.astro', 'schoolnabij-content-dir');
  const logger = { info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
  const setup = (command: 'build' | 'dev') =>
    (contentContract().hooks['astro:config:setup'] as (options: unknown) => void)({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`), root: pathToFileURL(`${root}/`) }, logger });
  const previous = process.env.CONTENT_DIR;

  beforeEach(() => {
    // A store a build of another folder left (or is using right now).
    mkdirSync(cacheDir, { recursive: true });
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, `${path.join(root, 'other-content')}\n${cacheDir}`);
    writeFileSync(store, '{}');
    process.env.CONTENT_DIR = path.resolve('content');
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is left alone by a dev server of another content folder', () => {
    setup('dev');
    expect(existsSync(store)).toBe(true);
    expect(readFileSync(marker, 'utf8')).toBe(`${path.join(root, 'other-content')}\n${cacheDir}`);
  });

  it('is dropped by a build of another content folder, which then owns it', () => {
    setup('build');
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(marker, 'utf8')).toBe(`${path.resolve('content')}\n${cacheDir}`);
  });

  it('is dropped by a build of the same folder after a build with another cache folder (ASTRO_CACHE_DIR)', () => {
    writeFileSync(marker, `${path.resolve('content')}\n${path.join(root, 'other-cache')}`);
    setup('build');
    expect(existsSync(store)).toBe(false);
    expect(readFileSync(marker, 'utf8')).toBe(`${path.resolve('content')}\n${cacheDir}`);
  });
});
