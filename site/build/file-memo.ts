/**
 * What a build step derives from each file of the output (a page's inline-script hashes, the
 * links it holds), remembered between the publish job's builds, so that a step reads and parses
 * only the files this build wrote: at 10,000 documents the headers and the link check each parsed
 * 20,000 pages (6 s and 5 s) for a publication that changed a few dozen.
 *
 * The publish job's builds alternate between two folders (the live one and the one it replaced,
 * cms/sync/tree.ts), so each path keeps the values of its last two versions.
 *
 * A remembered value is used only for the very file it was derived from: same path, size, mtime
 * and inode (a file Astro rewrote has a new mtime; a copy, even with its time set back, has a new
 * inode), derived by the same code (the version: a hash of the deriving modules and of the parser
 * package). The value is a pure function of the file's bytes, so a build that uses the memo writes
 * what a full build writes; test/incremental-build.test.ts compares both.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sameStamp, stampOf, type FileStamp } from './file-stamp.ts';
import { REPO_ROOT } from './repo-root.ts';

/** How many versions of a path are remembered: one per folder the builds alternate between. */
const VERSIONS_KEPT = 2;

interface MemoFile<T> {
  version: string;
  /** Per path, the latest version first. */
  entries: Record<string, [FileStamp, T][]>;
}

export interface FileMemo<T> {
  /** The value for the file (relative to the output folder), derived from its text only when it is not remembered. */
  get(relative: string, derive: (text: string) => T): T;
  /** The paths with a remembered value (of whichever version of the file). */
  paths(): string[];
  /** The value remembered for the file as it is now, or undefined; never derives. */
  known(relative: string): T | undefined;
  /** Remembers a value for the file as it is now (derived elsewhere: from what a tool wrote for it). */
  remember(relative: string, value: T): void;
  /** Writes what this build derived or reused; files it did not ask for are forgotten. */
  save(): { reused: number; derived: number };
}

/** A version that changes with the code that derives the values: the modules' bytes, and a package's installed version. */
export function codeVersion(moduleUrls: string[], packages: string[] = []): string {
  const hash = createHash('sha256');
  // This module's own code too: it decides the memo's format.
  for (const url of [import.meta.url, ...moduleUrls]) hash.update(readFileSync(fileURLToPath(url)));
  for (const name of packages) {
    const manifest = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
    hash.update(`${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`);
  }
  return hash.digest('hex');
}

/**
 * The memo `name` for the output folder `outDir`, kept in cacheDir. Without a cacheDir (a full
 * build) nothing is remembered: every value is derived.
 */
export function fileMemo<T>(name: string, outDir: string, cacheDir: string | undefined, version: string): FileMemo<T> {
  const file = cacheDir && path.join(cacheDir, `schoolnabij-${name}.json`);
  let loaded: MemoFile<T>['entries'] = {};
  if (file) {
    try {
      const memo = JSON.parse(readFileSync(file, 'utf8')) as MemoFile<T>;
      if (memo.version === version) loaded = memo.entries;
    } catch {
      // no memo yet, or an unreadable one: derive everything
    }
  }
  const entries: MemoFile<T>['entries'] = {};
  let reused = 0;
  let derived = 0;
  /** The remembered versions of a path, a malformed entry left out. */
  const versionsOf = (relative: string) => {
    const remembered = loaded[relative];
    return Array.isArray(remembered) ? remembered.filter((version) => Array.isArray(version) && Array.isArray(version[0])) : [];
  };
  /** Records the current version first, the others after it, VERSIONS_KEPT in all. */
  const keep = (relative: string, current: [FileStamp, T]) => {
    entries[relative] = [current, ...versionsOf(relative).filter((version) => !sameStamp(version[0], current[0]))].slice(0, VERSIONS_KEPT);
  };
  const lookup = (relative: string, stamp: FileStamp) => versionsOf(relative).find(([versionStamp]) => sameStamp(versionStamp, stamp));
  return {
    get(relative, derive) {
      const full = path.join(outDir, relative);
      const stamp = file && stampOf(full);
      // A full build, or no such file (reading it then throws the error that says so).
      if (!stamp) return derive(readFileSync(full, 'utf8'));
      const same = lookup(relative, stamp);
      if (same) reused++;
      else derived++;
      const current: [FileStamp, T] = same ?? [stamp, derive(readFileSync(full, 'utf8'))];
      keep(relative, current);
      return current[1];
    },
    paths: () => Object.keys(loaded),
    known(relative) {
      const stamp = file && stampOf(path.join(outDir, relative));
      const same = stamp && lookup(relative, stamp);
      if (!same) return undefined;
      reused++;
      keep(relative, same);
      return same[1];
    },
    remember(relative, value) {
      const stamp = file && stampOf(path.join(outDir, relative));
      if (!stamp) return;
      derived++;
      keep(relative, [stamp, value]);
    },
    save() {
      if (file) {
        mkdirSync(path.dirname(file), { recursive: true });
        // Written whole or not at all: a build killed while writing leaves the old memo, or none.
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify({ version, entries } satisfies MemoFile<T>));
        renameSync(partial, file);
      }
      return { reused, derived };
    },
  };
}
