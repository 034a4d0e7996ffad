import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroCacheDir } from './cache-dir.ts';
import { INCREMENTAL_BUILD_ENV } from './incremental.ts';
import { forgetBuiltPages, keepLastPages, recordBuiltPages } from './kept-pages.ts';
import { currentOwner, ownerIsGone } from './process-owner.ts';
import { REPO_ROOT as ROOT } from './repo-root.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Builds of one checkout share Astro's .astro/ and cache folders: one build at a time. */
const LOCK = path.join(ROOT, 'node_modules', '.schoolnabij-build.lock');
const LOCK_OWNER = path.join(LOCK, 'owner');

export interface AstroBuildOptions {
  outDir: string;
  /** Build from this content folder (CONTENT_DIR) instead of ./content. */
  contentDir?: string;
  /** Extra environment variables for the build (on top of this process's own). */
  env?: Record<string, string>;
  /** Reuse the unchanged pages of the build before (site/build/incremental.ts). */
  incremental?: boolean;
  /**
   * With incremental: the live site the last incremental build wrote. Its unchanged pages are
   * put in outDir before the build (site/build/kept-pages.ts), outDir being best the folder the
   * live site replaced last time, so that only the pages changed since are copied.
   */
  live?: string;
}

/** A lock whose owner is not written yet is being taken right now, or was left by an older version. */
const UNNAMED_LOCK_MS = 10_000;

function lockIsStale(): boolean {
  let owner: string;
  try {
    owner = readFileSync(LOCK_OWNER, 'utf8');
  } catch {
    try {
      return Date.now() - statSync(LOCK).mtimeMs > UNNAMED_LOCK_MS;
    } catch {
      return false; // released in the meantime
    }
  }
  return ownerIsGone(owner);
}

/** The process holding the build lock (site/build/process-owner.ts), or undefined when none does. */
export function buildLockOwner(): string | undefined {
  try {
    return readFileSync(LOCK_OWNER, 'utf8');
  } catch {
    return undefined;
  }
}

/** Removes the build lock when the process that held it is gone (killed during a build); true when it did. */
export function releaseStaleBuildLock(): boolean {
  if (!lockIsStale()) return false;
  rmSync(LOCK, { recursive: true, force: true });
  return true;
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(LOCK_OWNER, currentOwner());
      break;
    } catch {
      // Held by another build: wait for it, unless its process is gone.
      releaseStaleBuildLock();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * A real `astro build` (with the contract check and the Pagefind index) in a child process. An
 * incremental build writes into outDir as it is (kept-pages.ts prepares it); others empty it.
 */
export function runAstroBuild(options: AstroBuildOptions): Promise<{ code: number; output: string }> {
  return withBuildLock(async () => {
    if (!options.incremental) return spawnBuild(options);
    const cacheDir = astroCacheDir({ ...process.env, ...options.env });
    const kept = keepLastPages(options.outDir, options.live, cacheDir);
    // Until the build has finished, its manifest and outDir may disagree (a kill, a failed check).
    forgetBuiltPages(cacheDir);
    const result = await spawnBuild(options);
    if (result.code === 0) recordBuiltPages(options.outDir, cacheDir);
    // Folders moved aside (the old pagefind/, _astro/) go while the build runs; a leftover does no harm.
    await Promise.allSettled(kept.removals);
    return result;
  });
}

function spawnBuild(options: AstroBuildOptions): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', options.outDir], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}), [INCREMENTAL_BUILD_ENV]: options.incremental ? '1' : '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
