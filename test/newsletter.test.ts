import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { checkContent } from '../contract/index.ts';
import { composeNewsletter } from '../scripts/newsletter/compose.ts';
import { unresolvedLinks } from '../scripts/newsletter/links.ts';

const dist = inject('siteDir');
const sample = checkContent(path.resolve('content'));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function newsletter(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/newsletter.ts', ...args], { encoding: 'utf8', env: { ...process.env, SITE_URL: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the newsletter against the sample build', () => {
  it('links only to pages that exist in the build', () => {
    const issue = composeNewsletter({ documents: sample.documents, since: '2000-01-01' });
    expect(issue.count).toBe(sample.documents.filter((d) => d.collection !== 'pages').length);
    expect(unresolvedLinks(issue.links, dist)).toEqual([]);
    expect(unresolvedLinks([{ path: '/praktijkvoorbeelden/bestaat-niet/', url: '' }], dist)).toHaveLength(1);
  });
});

describe('npm run newsletter', () => {
  it('writes the HTML and the text part for the items since the date', () => {
    const out = path.join(tempDir('schoolnabij-nieuwsbrief-'), 'uitgave', 'oktober.html');
    const result = newsletter('--since', '2026-10-01', '--site', dist, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    const text = readFileSync(out.replace(/\.html$/, '.txt'), 'utf8');
    const expected = sample.documents.filter((d) => d.collection !== 'pages' && d.data.publishedAt >= '2026-10-01');
    expect(expected.length).toBeGreaterThan(0);
    for (const doc of expected) {
      expect(html).toContain(`/${doc.slug}/?utm_source=nieuwsbrief&amp;utm_medium=email&amp;utm_campaign=nieuwsbrief-2026-10-01`);
      expect(text).toContain(doc.data.title);
    }
    const older = sample.documents.find((d) => d.collection !== 'pages' && d.data.publishedAt < '2026-10-01')!;
    expect(html).not.toContain(older.slug);
    expect(html).not.toMatch(/<script|<img|<link[^>]*stylesheet/i);
  });

  it('says so and writes nothing when nothing was published since the date', () => {
    const dir = tempDir('schoolnabij-nieuwsbrief-');
    const result = newsletter('--since', '2099-01-01', '--site', dist, '--out', path.join(dir, 'leeg.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing published on or after 2099-01-01');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a --since that is not YYYY-MM-DD', () => {
    const dir = tempDir('schoolnabij-nieuwsbrief-');
    for (const since of ['01-10-2026', '2026-13-01']) {
      const result = newsletter('--since', since, '--site', dist, '--out', path.join(dir, 'x.html'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--since must be a date written YYYY-MM-DD');
    }
    expect(newsletter('--site', dist).stderr).toContain('--since is required');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses and writes nothing when a link has no page in the build', () => {
    const root = tempDir('schoolnabij-nieuwsbrief-');
    const site = path.join(root, 'dist');
    cpSync(dist, site, { recursive: true });
    const gone = sample.documents.find((d) => d.collection === 'conference-reports' && d.data.publishedAt >= '2023-01-01')!;
    const gonePath = `/verslagen/${gone.slug}/`;
    rmSync(path.join(site, 'verslagen', gone.slug), { recursive: true });
    const out = path.join(root, 'uit', 'nieuwsbrief.html');
    const result = newsletter('--since', '2023-01-01', '--site', site, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`link does not resolve in`);
    expect(result.stderr).toContain(gonePath);
    expect(result.stderr.match(/link does not resolve/g)).toHaveLength(1);
    expect(existsSync(path.dirname(out))).toBe(false);
  });
});
