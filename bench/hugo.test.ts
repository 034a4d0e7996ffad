import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from './generate.ts';
import { buildHugoPagefind, ensureHugo, writeHugoSite, type HugoPagefindBuild } from './hugo.ts';

const hugo = ensureHugo(() => {});
if (!hugo) {
  console.warn(
    `bench/hugo.test.ts skipped: Debian's hugo is not installed and could not be installed ` +
      `(${process.getuid?.() === 0 ? 'apt-get install -y hugo failed' : 'not running as root'}).`,
  );
}

describe.skipIf(!hugo)('the fair Hugo site', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'schoolnabij-hugo-test-'));
  let generated: ReturnType<typeof generateContent>;
  let build: HugoPagefindBuild;
  let out: string;
  const read = (...parts: string[]) => readFileSync(path.join(out, ...parts, 'index.html'), 'utf8');

  beforeAll(async () => {
    generated = generateContent(root, 20);
    build = await buildHugoPagefind(writeHugoSite(generated.contentDir, root));
    out = path.join(root, 'hugo-fair', 'public');
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds with hugo and indexes every document with Pagefind', () => {
    expect(build.output).toBe('');
    expect(build.ok).toBe(true);
    // Every document once; page_count also counts the listing pages the glob matches, which have no data-pagefind-body.
    expect(readdirSync(path.join(out, 'pagefind', 'fragment'))).toHaveLength(generated.documents);
    expect(build.pages).toBeGreaterThanOrEqual(generated.documents);
    expect(existsSync(path.join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind', 'facets.json.gz'))).toBe(true);
  });

  it('shows the fact box of a practice example', () => {
    const page = read('praktijkvoorbeelden', 'bench-00001');
    const source = readFileSync(path.join(generated.contentDir, 'practice-examples', 'bench-00001.mdx'), 'utf8');
    for (const label of ['In het kort', 'Onderwijstype', 'Leeftijd', 'Regio', 'Organisaties', 'Financiering', 'Status', 'Contactpersoon', 'Gepubliceerd op']) {
      expect(page, label).toContain(label);
    }
    const school = /- name: (.+)\n\s+kind: school/.exec(source)![1]!;
    expect(page).toContain(school);
    expect(page).toMatch(/<dd>\d+ tot en met \d+ jaar<\/dd>/);
    expect(page).toMatch(/<a href="\/regions\/[a-z-]+\/">[^<]+<\/a><span> \([^)]+\)<\/span>/);
    expect(page).toMatch(/<a href="\/themes\/[a-z-]+\/">/);
  });

  it('marks the same Pagefind filters as our pages', () => {
    const page = read('praktijkvoorbeelden', 'bench-00001');
    expect(page).toContain('data-pagefind-body');
    for (const filter of ['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar']) {
      expect(page, filter).toMatch(new RegExp(`data-pagefind-filter="${filter}:[^"]+"`));
    }
    expect(page).toContain('data-pagefind-filter="soort:praktijkvoorbeelden"');
    expect(page).toMatch(/data-pagefind-sort="datum:\d{4}-\d{2}-\d{2}"/);
  });

  it('pages the listings, theme and region pages 8 a page, with feeds per kind and a sitemap', () => {
    const cards = (html: string) => html.match(/<article class="card">/g)?.length ?? 0;
    expect(cards(read('praktijkvoorbeelden'))).toBe(8);
    expect(cards(read('praktijkvoorbeelden', 'page', '4'))).toBeGreaterThan(0);
    const themes = readdirSync(path.join(out, 'themes')).filter((n) => n !== 'index.html');
    expect(themes.length).toBeGreaterThan(3);
    expect(cards(read('themes', themes[0]!))).toBeGreaterThan(0);
    expect(existsSync(path.join(out, 'regions', 'flevoland', 'index.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'praktijkvoorbeelden', 'index.xml'), 'utf8').match(/<item>/g)!.length).toBe(30);
    expect(existsSync(path.join(out, 'experts', 'index.xml'))).toBe(true);
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain('/praktijkvoorbeelden/bench-00020/');
  });
});
