import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** Builds of one checkout share Astro's .astro/ and cache folders: one build at a time. */
const LOCK = path.join(ROOT, 'node_modules', '.schoolnabij-build.lock');
const STALE_LOCK_MS = 10 * 60 * 1000;

export interface AstroBuildOptions {
  outDir: string;
  /** Build from this content folder (CONTENT_DIR) instead of ./content. */
  contentDir?: string;
  /** Extra environment variables for the build (on top of this process's own). */
  env?: Record<string, string>;
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Held by another build; taken over only when its owner evidently died long ago.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released in the meantime
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** A real `astro build` (with the contract check and the Pagefind index) in a child process. */
export function runAstroBuild(options: AstroBuildOptions): Promise<{ code: number; output: string }> {
  return withBuildLock(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', options.outDir], {
          cwd: ROOT,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}), ...options.env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? 1, output }));
      }),
  );
}
