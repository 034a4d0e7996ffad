import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, inject, it, onTestFinished } from 'vitest';

/**
 * Debian's linkchecker, a crawler nobody here wrote, over the served sample site: every page
 * reachable from the home page, and every internal link, image and file of them, must answer.
 * External links are left alone (no network in tests).
 */
it('Debian’s linkchecker finds no broken link in the served site', async () => {
  const url = inject('siteUrl');
  // linkchecker limits itself to 10 requests a second per host unless the server sends a
  // "LinkChecker" header (ours does) and the configuration allows more.
  const dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-linkchecker-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755); // run as root, linkchecker drops to "nobody", who must read the file
  const config = path.join(dir, 'linkcheckerrc');
  writeFileSync(config, '[checking]\nmaxrequestspersecond=1000\n', { mode: 0o644 });
  const own = url.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const args = ['-f', config, '--no-status', '--no-warnings', '--timeout', '10', '-o', 'text', '--ignore-url', `^(?!${own}/)`, `${url}/`];

  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    execFile('linkchecker', args, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('Debian’s linkchecker is not installed: apt-get install -y linkchecker (.ci/run installs it)'));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, output: `${stdout}\n${stderr}` });
    });
  });

  const summary = /(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found/.exec(output);
  expect(summary, `no summary line in linkchecker's output:\n${output}`).not.toBeNull();
  const [, links, , , errors] = summary!.map(Number);
  expect(errors, output).toBe(0);
  expect(code, output).toBe(0);
  // It crawled the site rather than stopping at the door: the sample has some 50 pages.
  expect(links).toBeGreaterThan(100);
});
