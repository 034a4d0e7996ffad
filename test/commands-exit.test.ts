import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testCmsEnv } from '../cms/test/support/payload.ts';
import { validPracticeExample, writeDocument } from './support/content-fixture.ts';
import { startHmrEndpoint, type HmrEndpoint } from './support/hmr-endpoint.ts';

/** How long a command may take before it counts as hanging: each one here is done in seconds. */
const BOUND_MS = 60_000;
const REPO = path.resolve('.');

type Env = Record<string, string | undefined>;

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  /** False when the command was still running at the bound and had to be killed. */
  ended: boolean;
}

/** Runs a command as a user does, in a process group of its own, and kills the group at the bound. */
function run(command: string, args: string[], env: Env, cwd = REPO): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let ended = true;
    const timer = setTimeout(() => {
      ended = false;
      process.kill(-child.pid!, 'SIGKILL');
    }, BOUND_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ended });
    });
  });
}

const npm = (script: string, env: Env, ...args: string[]) => run('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], env);

/** A failure is reported as one line that names the command, never as a stack trace. */
function expectOneLineFailure(result: Ended, prefix: string) {
  expect(result.ended, `still running after ${BOUND_MS} ms:\n${result.stdout}${result.stderr}`).toBe(true);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`^${prefix}[^\\n]+\\n$`));
}

function expectSuccess(result: Ended, stdout: RegExp) {
  expect(result.ended, `still running after ${BOUND_MS} ms:\n${result.stdout}${result.stderr}`).toBe(true);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toMatch(stdout);
}

describe('every command ends by itself, also while a development CMS listens', () => {
  let root: string;
  let hmr: HmrEndpoint;
  let env: Env;
  let content: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-commands-'));
    content = path.join(root, 'content');
    mkdirSync(path.join(content, 'practice-examples'), { recursive: true });
    for (const name of ['themes.yaml', 'regions.yaml', 'people.yaml']) copyFileSync(path.resolve('content', name), path.join(content, name));
    writeDocument(content, 'practice-examples', 'een-proef', validPracticeExample(content));
    // The HMR endpoint of `next dev` that Payload connects to outside production: on PORT, as
    // `npm run cms` listens on its port. NODE_ENV is unset, as in a shell (vitest sets it to "test",
    // under which Payload opens no such socket).
    hmr = await startHmrEndpoint();
    const { NODE_ENV: _, ...shell } = testCmsEnv(path.join(root, 'cms'), 'sqlite', { CONTENT_DIR: content });
    env = { ...shell, PORT: String(hmr.port) };
  });
  afterAll(async () => {
    await hmr?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('npm run import imports content/ and exits 0', async () => {
    expectSuccess(await npm('import', env), /^import done in \d+ ms: \d+ created, 0 updated, 0 unchanged/m);
  }, BOUND_MS + 10_000);

  it('npm run export writes content/ and exits 0', async () => {
    const out = path.join(root, 'exported');
    expectSuccess(await npm('export', { ...env, CONTENT_DIR: out }), /^export done in \d+ ms: .*practice-examples 1,/m);
    expect(existsSync(path.join(out, 'practice-examples', 'een-proef.mdx'))).toBe(true);
  }, BOUND_MS + 10_000);

  it.each(['import', 'export'])('npm run %s exits 1 with a one-line reason when the database cannot be used', async (script) => {
    const result = await npm(script, { ...env, DATABASE_URL: 'postgres://localhost/cms' });
    expectOneLineFailure(result, `${script} failed: DATABASE_URL "postgres://localhost/cms" is not supported`);
  }, BOUND_MS + 10_000);

  it('npm run check:content exits 0 on valid content and 1 on a violation', async () => {
    expectSuccess(await npm('check:content', env, content), /^content\/ is valid: 1 documents/m);
    const broken = path.join(root, 'broken');
    cpSync(content, broken, { recursive: true });
    writeDocument(broken, 'practice-examples', 'kapot', { ...validPracticeExample(broken), themes: ['bestaat-niet'] });
    const result = await npm('check:content', env, broken);
    expect(result.ended).toBe(true);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain(`${path.join(broken, 'practice-examples', 'kapot.mdx')}: themes.0: "bestaat-niet" is not a theme`);
  }, 2 * BOUND_MS + 10_000);

  it('npm run check:content exits 1 and names the folder when it does not exist', async () => {
    const missing = path.join(root, 'bestaat-niet');
    const result = await npm('check:content', env, missing);
    expect(result.ended).toBe(true);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(`${missing}: content folder not found`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, BOUND_MS + 10_000);

  it('npm run format:content rewrites content/ and exits 0, and --check then exits 0 too', async () => {
    expectSuccess(await npm('format:content', env), /^\d+ files, \d+ rewritten$/m);
    expectSuccess(await npm('format:content', env, '--check'), /^\d+ files, 0 not canonical$/m);
  }, 2 * BOUND_MS + 10_000);

  it('npm run newsletter writes an issue and exits 0, and exits 1 with a reason without --since', async () => {
    const out = path.join(root, 'nieuwsbrief.html');
    expectSuccess(await npm('newsletter', { ...env, CONTENT_DIR: '', SITE_URL: '' }, '--since', '2000-01-01', '--site', inject('siteDir'), '--out', out), /^wrote /m);
    expect(existsSync(out)).toBe(true);
    const result = await npm('newsletter', env);
    expect(result.ended).toBe(true);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^--since is required/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 2 * BOUND_MS + 10_000);

  it('npm run fix:lockfile exits 0 on a lock file, and 1 with a one-line reason without one', async () => {
    const dir = path.join(root, 'lock');
    mkdirSync(dir);
    const script = path.join(REPO, 'scripts', 'lockfile-platforms.ts');
    expectOneLineFailure(await run(process.execPath, [script], env, dir), 'fix:lockfile failed: ');
    copyFileSync(path.resolve('package-lock.json'), path.join(dir, 'package-lock.json'));
    expectSuccess(await run(process.execPath, [script], env, dir), /^(package-lock\.json is complete|recorded \d+ platform)/m);
  }, 2 * BOUND_MS + 10_000);
});
