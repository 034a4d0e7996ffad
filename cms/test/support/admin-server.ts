/**
 * Starts the real admin app (next dev) on a free port, with a database and data folder of its
 * own, for the end-to-end test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './cms-process.ts';

const NEXT = path.resolve('node_modules/next/dist/bin/next');
/** The admin's PAYLOAD_SECRET, which a preview server for it needs too. */
export const ADMIN_SECRET = 'e2e-secret-0123456789abcdef';

export interface AdminServer {
  url: string;
  admin: { email: string; password: string };
  output(): string;
  stop(): Promise<void>;
}


export interface AdminServerOptions {
  timeoutMs?: number;
  /** Prepares the data folder before the admin starts (content/ to import, say); returns environment variables to set on top. */
  prepare?: (dir: string) => Promise<Record<string, string>> | Record<string, string>;
}

export async function startAdminServer(options: AdminServerOptions = {}): Promise<AdminServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-admin-'));
  const extraEnv = (await options.prepare?.(dir)) ?? {};
  const port = await freePort();
  const admin = { email: 'beheer@schoolnabij.test', password: 'e2e-wachtwoord-1' };
  const child = spawn(process.execPath, [NEXT, 'dev', 'cms', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_NEXT_DIST_DIR: '.next-test',
      CMS_DATA_DIR: dir,
      // Never the checkout's own content/ and dist/; no import, no rebuilds: this test is about the admin.
      CONTENT_DIR: path.join(dir, 'content'),
      SITE_DIST_DIR: path.join(dir, 'dist'),
      CMS_IMPORT_ON_EMPTY: '0',
      CMS_JOBS_AUTORUN: '0',
      DATABASE_URL: '',
      PAYLOAD_SECRET: ADMIN_SECRET,
      CMS_ADMIN_EMAIL: admin.email,
      CMS_ADMIN_PASSWORD: admin.password,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;

  async function stop() {
    if (child.exitCode === null && child.pid) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/admin/login`);
      if (res.status === 200) return { url, admin, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The admin did not answer at ${url}/admin/login:\n${output}`);
}
