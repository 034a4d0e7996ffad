/**
 * Starts the real preview server (`npm run preview`'s script) on a free port, for a CMS whose
 * environment is given (its data folder, content/ and secret), and stops it with its children.
 */
import { spawn } from 'node:child_process';
import { freePort } from './cms-process.ts';

export interface PreviewServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** The preview server's address for a CMS that is yet to start: pass it as PREVIEW_URL. */
export async function previewPort(): Promise<{ port: number; url: string }> {
  const port = await freePort();
  return { port, url: `http://127.0.0.1:${port}` };
}

export async function startPreviewServer(env: Record<string, string | undefined>, port: number, timeoutMs = 120_000): Promise<PreviewServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['scripts/preview.ts'], {
    env: { ...process.env, ...env, PREVIEW_PORT: String(port), PREVIEW_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  async function stop() {
    if (!child.pid || child.exitCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null) {
    // Astro's own routes answer once it says it is ready (the gate answers before that).
    if (/ready in/.test(output) && (await fetch(`${url}/`).then(() => true, () => false))) return { url, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`the preview server did not start at ${url}:\n${output}`);
}
