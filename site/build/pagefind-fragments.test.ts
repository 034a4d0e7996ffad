/**
 * Which search fragments a publish build keeps for Pagefind (pagefind-fragments.ts): only that
 * of a page that is still the file it was recorded for, and only while the fragment file is the
 * one that build left; everything else in pagefind/ goes; a page with two fragments is refused.
 * test/incremental-build.test.ts proves the same with real Pagefind against a full build.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileMemo } from './file-memo.ts';
import { FRAGMENT_FOLDER, indexedFragments, keepFragments, pageOfUrl, rememberFragments, type RememberedFragment } from './pagefind-fragments.ts';

let root: string;
let out: string;
let cache: string;

const memo = () => fileMemo<RememberedFragment>('fragments-test', out, cache, 'v1');
function writePage(page: string, text: string) {
  mkdirSync(path.dirname(path.join(out, page)), { recursive: true });
  writeFileSync(path.join(out, page), text);
}
/** A fragment file as Pagefind writes one: gzipped JSON behind its signature. */
function writeFragment(id: string, url: string, filters: Record<string, string[]> = {}) {
  mkdirSync(path.join(out, FRAGMENT_FOLDER), { recursive: true });
  writeFileSync(path.join(out, FRAGMENT_FOLDER, `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, filters, content: '' })}`));
}
/** One build's Pagefind step as pagefind-index.ts runs it, Pagefind's write being `write`. */
function build(write: () => void) {
  const m = memo();
  const kept = keepFragments(out, m);
  write();
  const fragments = indexedFragments(out, kept);
  if (fragments) rememberFragments(out, m, fragments);
  m.save();
  return { kept: [...kept.keys()].sort(), fragments };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-fragments-'));
  out = path.join(root, 'dist');
  cache = path.join(root, 'cache');
  writePage('praktijkvoorbeelden/a/index.html', 'a');
  writePage('praktijkvoorbeelden/b/index.html', 'b');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const firstWrite = () => {
  writeFragment('nl_aaaaaaa', '/praktijkvoorbeelden/a/', { thema: ['Zorg'] });
  writeFragment('nl_bbbbbbb', '/praktijkvoorbeelden/b/');
  writeFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), '{}');
};

describe('the search fragments a publish build keeps', () => {
  it('are those of unchanged pages, read from the memo; the rest of pagefind/ is removed first', () => {
    const first = build(firstWrite);
    expect(first.kept).toEqual([]);
    expect(first.fragments?.map((f) => [f.id, f.url])).toEqual([
      ['nl_aaaaaaa', '/praktijkvoorbeelden/a/'],
      ['nl_bbbbbbb', '/praktijkvoorbeelden/b/'],
    ]);

    writePage('praktijkvoorbeelden/b/index.html', 'b, bijgewerkt');
    const second = build(() => {
      // What is left for Pagefind: the fragment of the unchanged page only.
      expect(readdirSync(path.join(out, 'pagefind'))).toEqual(['fragment']);
      expect(readdirSync(path.join(out, FRAGMENT_FOLDER))).toEqual(['nl_aaaaaaa.pf_fragment']);
      writeFragment('nl_ccccccc', '/praktijkvoorbeelden/b/');
    });
    expect(second.kept).toEqual(['nl_aaaaaaa']);
    // The kept one's filters come from the memo, the new one's from its file.
    expect(second.fragments).toEqual([
      { id: 'nl_aaaaaaa', url: '/praktijkvoorbeelden/a/', filters: { thema: ['Zorg'] } },
      { id: 'nl_ccccccc', url: '/praktijkvoorbeelden/b/', filters: {} },
    ]);
  });

  it('are not kept when the fragment file is not the one recorded (a killed build wrote it again)', () => {
    build(firstWrite);
    writeFragment('nl_aaaaaaa', '/praktijkvoorbeelden/a/');
    expect(build(() => {}).kept).toEqual(['nl_bbbbbbb']);
    expect(existsSync(path.join(out, FRAGMENT_FOLDER, 'nl_aaaaaaa.pf_fragment'))).toBe(false);
  });

  it('are none in a full build (no cache folder): everything in pagefind/ is removed', () => {
    build(firstWrite);
    expect(keepFragments(out, fileMemo<RememberedFragment>('fragments-test', out, undefined, 'v1')).size).toBe(0);
    expect(readdirSync(path.join(out, FRAGMENT_FOLDER))).toEqual([]);
  });

  it('are refused when a page has two fragments after the write: the index must be written again', () => {
    build(firstWrite);
    const again = build(() => writeFragment('nl_aaaaaaa0', '/praktijkvoorbeelden/a/'));
    expect(again.kept).toEqual(['nl_aaaaaaa', 'nl_bbbbbbb']);
    expect(again.fragments).toBeUndefined();
  });

  it('belong to the page file their url names', () => {
    expect(pageOfUrl('/praktijkvoorbeelden/a/')).toBe('praktijkvoorbeelden/a/index.html');
    expect(pageOfUrl('/over/')).toBe('over/index.html');
  });
});
