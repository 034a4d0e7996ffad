/**
 * cms/payload-types.ts is generated from the Payload config and committed: the hooks, access and
 * tests are typed by it. A config change without a regeneration leaves it stale; this test says so.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cmsDir, repoRoot } from './paths.ts';

const COMMITTED = path.join(cmsDir, 'payload-types.ts');
const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run cms:types`, writing to `outputFile` instead of the committed file. */
function generateTypes(outputFile: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'cms:types'], {
      cwd: repoRoot,
      // PAYLOAD_TS_OUTPUT_PATH is Payload's own override of typescript.outputFile; the data
      // folder and secret keep the run out of the checkout's .data/.
      env: { ...process.env, PAYLOAD_TS_OUTPUT_PATH: outputFile, CMS_DATA_DIR: dir, PAYLOAD_SECRET: 'types-test-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 100_000,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** The first line where the two texts differ, for the failure message. */
function firstDifference(committed: string, generated: string): string {
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, generated ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

it('cms/payload-types.ts is what npm run cms:types generates from the config', async () => {
  const outputFile = path.join(dir, 'payload-types.ts');
  const { code, signal, output } = await generateTypes(outputFile);
  expect(code, `npm run cms:types failed (${signal ? `stopped by ${signal} after 100 s` : `exit ${code}`}):\n${output}`).toBe(0);
  const generated = readFileSync(outputFile, 'utf8');
  const committed = readFileSync(COMMITTED, 'utf8');
  if (generated !== committed) {
    expect.fail(`cms/payload-types.ts is stale (the Payload config changed): run npm run cms:types and commit the result.\n  First difference at ${firstDifference(committed, generated)}`);
  }
}, 120_000);
