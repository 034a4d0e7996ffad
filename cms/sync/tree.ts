/**
 * Replacing content/ as a whole: the new tree is written beside it and swapped in only when
 * complete and valid, so a failed or killed export leaves content/ as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

const STAGING = '.export-';
const RETIRED = '.replaced-';

export function stagingDir(target: string): string {
  return `${target}${STAGING}${process.pid}`;
}

/**
 * The publish job's staging tree, under one name in every process: the site is built from it, and
 * Astro's incremental build takes the content folder's path into every page's key, so a new name
 * (a restarted CMS) rendered all 20,000 pages of 10,000 documents again. Jobs run one at a time;
 * recover() removes what a killed one left.
 */
export function jobStagingDir(target: string): string {
  return `${target}${STAGING}job`;
}

/**
 * Cleans up after an earlier run that was killed: staging trees of processes that are gone are
 * removed, and if a process died between the two renames of a swap, the retired tree is put back.
 */
export function recover(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name.startsWith(`${base}${RETIRED}`)) {
      if (removing.has(full)) continue; // this process is removing it now
      if (existsSync(target)) rmSync(full, { recursive: true, force: true });
      else renameSync(full, target);
    } else if (name.startsWith(`${base}${STAGING}`) && !isRunning(Number(name.slice(`${base}${STAGING}`.length)))) {
      rmSync(full, { recursive: true, force: true });
    }
  }
}

/** Whether the process that owns a staging tree is still at work (another export running now). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Retired trees this process is removing, by path. */
const removing = new Map<string, Promise<void>>();
let swaps = 0;

/** A new name beside target for the tree a swap replaces; recover() knows it by its prefix. */
function retiredDir(target: string): string {
  return `${target}${RETIRED}${process.pid}-${++swaps}`;
}

/**
 * Swaps a finished staging tree in for target: when it returns, target is the new tree. The old
 * tree is removed in the background (at 10,000 documents deleting the old dist/ takes 5-7 s, which
 * no reader needs to wait for); the promise settles when it is gone. Should the process die
 * first, recover() removes what is left.
 */
export function swapIn(staging: string, target: string): Promise<void> {
  const retired = retiredDir(target);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, retired);
  renameSync(staging, target);
  if (!hadTarget) return Promise.resolve();
  const removal = rm(retired, { recursive: true, force: true }).finally(() => removing.delete(retired));
  removing.set(retired, removal);
  return removal;
}

/**
 * The folder a tree is rebuilt in when the rebuild reuses the tree it replaced last time (the
 * publish job's dist/, site/build/kept-pages.ts). Its name is fixed: Astro bakes the output
 * folder into the build, so a build into another folder renders every page again.
 */
export function rebuildDir(target: string): string {
  return `${target}.building`;
}

/**
 * Swaps a finished rebuild (rebuildDir) in for target and puts the tree it replaced where the
 * rebuild was, for the next rebuild to start from. Should the process die between the renames,
 * recover() puts the replaced tree back, or removes it once the new one is in place.
 */
export function swapInKeeping(rebuilt: string, target: string): void {
  const aside = retiredDir(target);
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  renameSync(rebuilt, target);
  if (hadTarget) renameSync(aside, rebuilt);
}

export function freshDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
