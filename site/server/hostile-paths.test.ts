/**
 * `npm run serve` (scripts/serve.ts) against malformed and escaping request paths: each is
 * answered (400, or 404 for a link out of the folder), nothing outside the folder is sent, and
 * the process keeps serving the home page afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'geheim-buiten-dist';
const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-hostile-'));
const dist = path.join(root, 'dist');
let serve: ChildProcess;
let output = '';
let port = 0;

/** A raw GET: the path goes out exactly as written (fetch would normalise `..` and `%2e`). */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(path.join(dist, 'media'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), 'de voorpagina');
  writeFileSync(path.join(dist, '404.html'), 'niet gevonden');
  mkdirSync(path.join(root, 'buiten'));
  writeFileSync(path.join(root, 'buiten', 'passwd'), SECRET);
  writeFileSync(path.join(root, 'geheim.txt'), SECRET);
  // Links inside dist/ that point out of it: to a file, and to a folder.
  symlinkSync(path.join(root, 'buiten', 'passwd'), path.join(dist, 'media', 'passwd'));
  symlinkSync(path.join(root, 'buiten'), path.join(dist, 'buiten'));
  // A link that stays inside is fine.
  symlinkSync(path.join(dist, 'index.html'), path.join(dist, 'media', 'kopie.html'));
  // PORT=0: the system picks a free port, which the command prints.
  serve = spawn(process.execPath, ['scripts/serve.ts', dist], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  serve.stdout!.on('data', (chunk) => (output += chunk));
  serve.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    serve.stdout!.on('data', () => {
      const printed = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (printed) {
        port = Number(printed[1]);
        resolve();
      }
    });
    serve.once('exit', (code) => reject(new Error(`npm run serve exited (${code}):\n${output}`)));
  });
});

afterAll(() => {
  serve?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe.each([
  ['a malformed escape', '/%E0%A4%A'],
  ['a lone percent sign', '/%'],
  ['dot segments', '/../../geheim.txt'],
  ['encoded dot segments', '/%2e%2e/%2e%2e/geheim.txt'],
  ['encoded dots and slashes', '/%2e%2e%2f%2e%2e%2fgeheim.txt'],
  ['dots before an encoded slash', '/..%2f..%2fgeheim.txt'],
  ['dot segments inside a folder', '/media/../../geheim.txt'],
  ['overlong UTF-8 dots', '/%c0%ae%c0%ae/%c0%ae%c0%ae/geheim.txt'],
  ['a NUL byte', '/index.html%00.txt'],
  ['backslashes', '/..\\..\\geheim.txt'],
  ['encoded backslashes', '/%5c..%5c..%5cgeheim.txt'],
  ['a double slash', '//geheim.txt'],
])('a request path with %s', (_name, rawPath) => {
  it(`(${rawPath}) is refused with 400`, async () => {
    const answer = await get(rawPath);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain(SECRET);
  });
});

describe('links inside the served folder', () => {
  it('never sends a file a link points to outside the folder', async () => {
    for (const rawPath of ['/media/passwd', '/buiten/passwd']) {
      const answer = await get(rawPath);
      expect(answer, rawPath).toEqual({ status: 404, body: 'niet gevonden' });
    }
  });

  it('sends a file a link points to inside the folder', async () => {
    expect(await get('/media/kopie.html')).toEqual({ status: 200, body: 'de voorpagina' });
  });
});

it('still serves the home page after all of them, from the same process', async () => {
  expect(await get('/')).toEqual({ status: 200, body: 'de voorpagina' });
  expect(serve.exitCode).toBeNull();
  expect(output).not.toMatch(/URIError|Error/);
});
