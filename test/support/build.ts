import { spawn } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Runs a real `astro build` in a child process; CONTENT_DIR chooses the content folder. */
export function buildSite(options: { outDir: string; contentDir?: string }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', options.outDir], {
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
