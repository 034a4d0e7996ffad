import { spawn } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Runs a real `astro build` in a child process; CONTENT_DIR chooses the content folder. */
export function buildSite(options: { outDir: string; contentDir?: string }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    // Another content folder than the last build's: --force drops Astro's content cache, which
    // otherwise still points at the modules of the last folder.
    const args = [ASTRO, 'build', '--outDir', options.outDir, ...(options.contentDir ? ['--force'] : [])];
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
