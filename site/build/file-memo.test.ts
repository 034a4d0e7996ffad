/**
 * The memo of what build steps derive from output files (file-memo.ts): a value is reused only for
 * the very file it was derived from, by the same code; the two folders the publish job alternates
 * between are both remembered; a bad memo is derived again, never trusted or thrown.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileMemo } from './file-memo.ts';

let root: string;
let cache: string;
let out: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-memo-'));
  cache = path.join(root, 'cache');
  out = path.join(root, 'dist.building');
  mkdirSync(out);
  writeFileSync(path.join(out, 'a.html'), 'eerste');
  writeFileSync(path.join(out, 'b.html'), 'tweede');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** One build's pass over the files: the values, which files were derived, and the counts saved. */
function pass(files: string[], { version = 'v1', full = false } = {}) {
  const derivedFrom: string[] = [];
  const memo = fileMemo<string>('test', out, full ? undefined : cache, version);
  const values = files.map((file) =>
    memo.get(file, (text) => {
      derivedFrom.push(file);
      return text.toUpperCase();
    }),
  );
  return { values, derivedFrom, counts: memo.save() };
}

describe('fileMemo', () => {
  it('derives a value once and reuses it while the file is unchanged', () => {
    expect(pass(['a.html', 'b.html']).derivedFrom).toEqual(['a.html', 'b.html']);
    const second = pass(['a.html', 'b.html']);
    expect(second.values).toEqual(['EERSTE', 'TWEEDE']);
    expect(second.derivedFrom).toEqual([]);
    expect(second.counts).toEqual({ reused: 2, derived: 0 });
  });

  it('derives again for a file written again, even with the same size', () => {
    pass(['a.html', 'b.html']);
    writeFileSync(path.join(out, 'a.html'), 'andere');
    const second = pass(['a.html', 'b.html']);
    expect(second.derivedFrom).toEqual(['a.html']);
    expect(second.values).toEqual(['ANDERE', 'TWEEDE']);
  });

  it('derives again for a copy whose time is set back to the original one (another inode)', () => {
    const file = path.join(out, 'a.html');
    // A whole second, which utimes stores exactly: the copy's stamp differs in its inode only.
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, second, second);
    pass(['a.html']);
    writeFileSync(path.join(root, 'copy.html'), 'kopie!');
    copyFileSync(path.join(root, 'copy.html'), `${file}.new`);
    renameSync(`${file}.new`, file);
    utimesSync(file, second, second);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual(['eerste'.length, second * 1000]);
    expect(pass(['a.html']).values).toEqual(['KOPIE!']);
  });

  it('derives everything again when the code that derives changed', () => {
    pass(['a.html', 'b.html']);
    expect(pass(['a.html', 'b.html'], { version: 'v2' }).derivedFrom).toEqual(['a.html', 'b.html']);
  });

  it('remembers both folders the publish job alternates between', () => {
    const folderA = out;
    const folderB = path.join(root, 'other');
    mkdirSync(folderB);
    writeFileSync(path.join(folderB, 'a.html'), 'ander gebouw');
    pass(['a.html']); // built in A
    const swap = () => {
      renameSync(out, path.join(root, 'swap'));
      renameSync(folderB, folderA);
      renameSync(path.join(root, 'swap'), folderB);
    };
    swap();
    expect(pass(['a.html']).values).toEqual(['ANDER GEBOUW']); // built in B
    swap();
    const third = pass(['a.html']); // A again: its file is unchanged
    expect(third.derivedFrom).toEqual([]);
    expect(third.values).toEqual(['EERSTE']);
  });

  it('forgets the files a build did not ask for', () => {
    pass(['a.html', 'b.html']);
    pass(['a.html']);
    expect(pass(['b.html']).derivedFrom).toEqual(['b.html']);
  });

  it('derives again from a memo that is not one, and replaces it', () => {
    mkdirSync(cache, { recursive: true });
    writeFileSync(path.join(cache, 'schoolnabij-test.json'), '{"version":"v1","entries":{"a.html":12}}');
    expect(pass(['a.html']).values).toEqual(['EERSTE']);
    writeFileSync(path.join(cache, 'schoolnabij-test.json'), '{ half');
    expect(pass(['a.html']).values).toEqual(['EERSTE']);
    expect(pass(['a.html']).derivedFrom).toEqual([]);
    expect(readdirSync(cache)).toEqual(['schoolnabij-test.json']);
  });

  it('remembers nothing without a cache folder (a full build)', () => {
    pass(['a.html'], { full: true });
    expect(pass(['a.html'], { full: true }).derivedFrom).toEqual(['a.html']);
    expect(existsSync(cache)).toBe(false);
  });
});
