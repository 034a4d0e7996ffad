/** The media copy publishes content/media/'s own files, and stops at a symbolic link instead of following it. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentMedia } from './content-media.ts';

describe('the media copy', () => {
  let root: string;
  let media: string;
  let dist: string;
  const before = process.env.CONTENT_DIR;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-media-'));
    media = path.join(root, 'content', 'media');
    dist = path.join(root, 'dist');
    mkdirSync(media, { recursive: true });
    mkdirSync(dist);
    writeFileSync(path.join(media, 'plan.pdf'), 'plan');
    process.env.CONTENT_DIR = path.join(root, 'content');
  });
  afterEach(() => {
    process.env.CONTENT_DIR = before;
    rmSync(root, { recursive: true, force: true });
  });
  const copy = () => {
    const done = contentMedia().hooks['astro:build:done'] as (options: { dir: URL; logger: Pick<AstroIntegrationLogger, 'info'> }) => void;
    done({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
  };

  it('publishes the files of content/media/ at /media/', () => {
    copy();
    expect(readFileSync(path.join(dist, 'media', 'plan.pdf'), 'utf8')).toBe('plan');
  });

  it.each([['a folder', '/etc', 'etc'], ['a file', '/etc/hostname', 'sub/naam.pdf']])('refuses a symbolic link to %s, naming it, and copies nothing', (_what, target, at) => {
    mkdirSync(path.dirname(path.join(media, at)), { recursive: true });
    symlinkSync(target, path.join(media, at));
    expect(copy).toThrow(`${path.join(media, at)}: is a symbolic link; content/ may hold only files and folders of its own (put the file itself here)`);
    expect(existsSync(path.join(dist, 'media'))).toBe(false);
  });
});
