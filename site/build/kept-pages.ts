/**
 * The publish job's build writes into a folder that already holds the unchanged pages of the
 * live site, so that Astro's incremental build finds them in place (it logs them "cached")
 * instead of copying each from its cache: 20,000 copies took 15 s at 10,000 documents.
 *
 * The folder is the site the job replaced last time (tree.ts keeps it), so bringing it up to date
 * copies only the pages that the last publication changed. A page is kept only when
 * - Astro's manifest of the last incremental build lists it (incremental-build.json, in the cache
 *   folder), and
 * - the live file is still the one that build wrote: same size, time and inode as recorded
 *   right after it (KEPT_RECORD). A dist/ that something else wrote is not trusted; its pages
 *   are copied from Astro's cache as before.
 * Everything else is removed before the build, so the build starts from what an empty folder plus
 * Astro's restore would give, apart from the folder's own search fragments, which the Pagefind step
 * keeps or removes itself (pagefind-fragments.ts). Once the pages are generated, before any step reads the output, a
 * kept page that the build neither wrote nor listed (a document taken offline) is removed
 * (site/integrations/unlisted-pages.ts). test/incremental-build.test.ts proves the result equals
 * a full build.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { sameStamp, stampOf, type FileStamp } from './file-stamp.ts';
import { FRAGMENT_FOLDER } from './pagefind-fragments.ts';

/** Beside Astro's own manifest: the files the last incremental build left, as it left them. */
const KEPT_RECORD = 'schoolnabij-built-pages.json';
/** And the pages put in the folder of the build under way, with their times then. */
const KEPT_LIST = 'schoolnabij-kept-pages.json';
const RECORD_VERSION = 1;
const INCREMENTAL_MANIFEST = 'incremental-build.json';

interface BuiltRecord {
  version: number;
  files: Record<string, FileStamp>;
}

interface KeptList {
  outDir: string;
  /** Each kept page with its mtimeMs before the build. */
  mtimes: Record<string, number>;
}

/** The output files (relative to outDir) that Astro's incremental manifest lists for its last build. */
function manifestOutputs(cacheDir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, INCREMENTAL_MANIFEST), 'utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
    const files = Object.values(manifest.routes ?? {}).flatMap((route) => Object.values(route.paths ?? {}).map((entry) => entry.outputFile));
    return new Set(files.filter((file): file is string => typeof file === 'string'));
  } catch {
    return new Set(); // no earlier incremental build, or one from another Astro version: keep nothing
  }
}

function readRecord(cacheDir: string): BuiltRecord['files'] {
  try {
    const record = JSON.parse(readFileSync(path.join(cacheDir, KEPT_RECORD), 'utf8')) as BuiltRecord;
    return record.version === RECORD_VERSION ? record.files : {};
  } catch {
    return {};
  }
}

/** Whether two times are those of one write: utimes stores a copy's time to about a microsecond. */
const sameTime = (a: number, b: number) => Math.abs(a - b) < 0.01;

/** Every folder above the files, relative, so that clearing knows which folders to enter. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) for (let dir = path.dirname(file); dir !== '.' && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  return folders;
}

let trashed = 0;

/**
 * Removes from outDir everything but the files to keep. A folder without any of them (pagefind/,
 * _astro/, media/) is moved aside and removed in the background.
 */
function clearExcept(outDir: string, keep: Set<string>, removals: Promise<void>[]): void {
  const folders = foldersOf(keep);
  const visit = (relative: string) => {
    for (const entry of readdirSync(path.join(outDir, relative), { withFileTypes: true })) {
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      const full = path.join(outDir, rel);
      if (entry.isDirectory() && folders.has(rel)) visit(rel);
      else if (entry.isDirectory()) {
        const aside = `${outDir}.removing-${process.pid}-${++trashed}`;
        renameSync(full, aside);
        removals.push(rm(aside, { recursive: true, force: true }));
      } else if (!keep.has(rel)) unlinkSync(full);
    }
  };
  visit('');
}

/**
 * Makes outDir hold the last build's unchanged pages as the live folder has them, and nothing
 * else. Without a live folder (the first build) outDir is emptied.
 */
export function keepLastPages(outDir: string, live: string | undefined, cacheDir: string): { removals: Promise<void>[] } {
  const removals: Promise<void>[] = [];
  const mtimes: KeptList['mtimes'] = {};
  mkdirSync(outDir, { recursive: true });
  const record = live ? readRecord(cacheDir) : {};
  const trusted = new Set<string>();
  const sources = new Map<string, FileStamp>();
  for (const file of manifestOutputs(cacheDir)) {
    const recorded = record[file];
    const stamp = recorded && stampOf(path.join(live!, file));
    if (!stamp || !sameStamp(stamp, recorded)) continue;
    trusted.add(file);
    sources.set(file, stamp);
  }
  // The folder's own search fragments too: the Pagefind step decides which of them it trusts.
  const fragments = path.join(outDir, FRAGMENT_FOLDER);
  const keep = new Set(trusted);
  if (live && existsSync(fragments)) for (const name of readdirSync(fragments)) keep.add(`${FRAGMENT_FOLDER}/${name}`);
  clearExcept(outDir, keep, removals);
  for (const [file, [size, mtimeMs]] of sources) {
    const target = path.join(outDir, file);
    const present = stampOf(target);
    if (!present || present[0] !== size || !sameTime(present[1], mtimeMs)) {
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(live!, file), target);
      utimesSync(target, new Date(), mtimeMs / 1000);
    }
    mtimes[file] = statSync(target).mtimeMs;
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, KEPT_LIST), JSON.stringify({ outDir: path.resolve(outDir), mtimes } satisfies KeptList));
  return { removals };
}

/**
 * Once the build has generated its pages and written its manifest: removes the kept pages it did
 * not list (their document is gone) and did not write, with the folders they leave empty.
 * Nothing to do when the build is not the one the pages were kept for.
 */
export function removeUnlistedPages(outDir: string, cacheDir: string): number {
  let kept: KeptList;
  try {
    kept = JSON.parse(readFileSync(path.join(cacheDir, KEPT_LIST), 'utf8')) as KeptList;
  } catch {
    return 0;
  }
  if (kept.outDir !== path.resolve(outDir)) return 0;
  const outputs = manifestOutputs(cacheDir);
  let removed = 0;
  for (const [file, mtimeMs] of Object.entries(kept.mtimes)) {
    if (outputs.has(file)) continue;
    const target = path.join(outDir, file);
    if (statSync(target, { throwIfNoEntry: false })?.mtimeMs !== mtimeMs) continue; // written by this build
    unlinkSync(target);
    removed++;
    for (let dir = path.dirname(target); dir !== path.resolve(outDir) && readdirSync(dir).length === 0; dir = path.dirname(dir)) rmdirSync(dir);
  }
  return removed;
}

/** After a successful build: records its pages as it left them, for the next build to trust. */
export function recordBuiltPages(outDir: string, cacheDir: string): void {
  const files: BuiltRecord['files'] = {};
  for (const file of manifestOutputs(cacheDir)) {
    const stamp = stampOf(path.join(outDir, file));
    if (stamp) files[file] = stamp;
  }
  writeFileSync(path.join(cacheDir, KEPT_RECORD), JSON.stringify({ version: RECORD_VERSION, files } satisfies BuiltRecord));
  rmSync(path.join(cacheDir, KEPT_LIST), { force: true });
}

/** Forgets the record: until a build has finished, its manifest and its folder may disagree. */
export function forgetBuiltPages(cacheDir: string): void {
  rmSync(path.join(cacheDir, KEPT_RECORD), { force: true });
}
