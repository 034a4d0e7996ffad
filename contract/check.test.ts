import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatViolation } from './index.ts';
import { copyOfSampleContent, edit, validPracticeExample, writeDocument } from '../test/support/content-fixture.ts';

const lines = (dir: string) => checkContent(dir).violations.map(formatViolation);

describe('the sample content', () => {
  it('passes the contract, with every collection filled', () => {
    const { violations, documents, themes, regions, people } = checkContent(path.resolve('content'));
    expect(violations.map(formatViolation)).toEqual([]);
    const count = (c: string) => documents.filter((d) => d.collection === c).length;
    expect(count('practice-examples')).toBeGreaterThanOrEqual(8);
    expect(count('expert-pieces')).toBeGreaterThanOrEqual(2);
    expect(count('conference-reports')).toBeGreaterThanOrEqual(2);
    expect(count('events')).toBeGreaterThanOrEqual(2);
    expect(documents.filter((d) => d.collection === 'pages').map((d) => d.slug)).toEqual(
      expect.arrayContaining(['achtergrond', 'over', 'veelgestelde-vragen']),
    );
    expect(themes.length).toBeGreaterThan(3);
    expect(regions.length).toBeGreaterThan(3);
    expect(people.length).toBeGreaterThan(2);
  });
});

describe('files whose body was checked before', () => {
  it('skips only the body rule for them: their frontmatter and references are checked as for any file', () => {
    const dir = copyOfSampleContent();
    const base = validPracticeExample(dir);
    writeDocument(dir, 'practice-examples', 'proef', { ...base, themes: ['onbekend'] }, 'Tekst met <script>alert(1)</script>.\n');
    writeDocument(dir, 'practice-examples', 'andere-proef', base, 'Tekst met {1 + 1}.\n');
    const checked = (bodyChecked: Set<string>) => checkContent(dir, { bodyChecked }).violations.map(formatViolation).map((line) => line.replace(`${dir}/`, ''));
    const all = checked(new Set());
    expect(all.filter((line) => line.includes('proef.mdx: body:'))).toHaveLength(2);
    expect(checked(new Set(['practice-examples/proef.mdx']))).toEqual(all.filter((line) => !line.startsWith('practice-examples/proef.mdx: body:')));
    expect(checked(new Set(['practice-examples/proef.mdx']))).toContainEqual(expect.stringMatching(/^practice-examples\/proef\.mdx: themes\.0: "onbekend" is not a theme/));
  });
});

describe('a violation names the file, the field and what is expected', () => {
  let dir: string;
  let base: Record<string, unknown>;
  beforeEach(() => {
    dir = copyOfSampleContent();
    base = validPracticeExample(dir);
    writeFileSync(path.join(dir, 'media', 'proef.jpg'), 'not read by the contract');
  });

  it('accepts the valid practice example the cases below break', () => {
    writeDocument(dir, 'practice-examples', 'proef', base);
    expect(lines(dir)).toEqual([]);
  });

  const cases: [string, (doc: Record<string, unknown>) => void, RegExp][] = [
    ['an unknown sector', (d) => (d.sectors = ['po', 'havo']), /content\/practice-examples\/proef\.mdx: sectors\.1: "havo" is not a school type; expected one of kinderopvang, po, sbo, so, vo, vso, mbo$/],
    ['ageMin above ageMax', (d) => Object.assign(d, { ageMin: 14, ageMax: 8 }), /proef\.mdx: ageMax: must be at least ageMin \(14\), got 8$/],
    ['an age out of range', (d) => (d.ageMax = 30), /proef\.mdx: ageMax: expected a whole number from 0 to 27, got 30$/],
    ['a javascript: link', (d) => (d.links = [{ title: 'Klik', url: 'javascript:alert(1)' }]), /proef\.mdx: links\.0\.url: expected an http\(s\) URL/],
    ['an image without alt', (d) => (d.image = { src: 'media/proef.jpg' }), /proef\.mdx: image\.alt: is required$/],
    ['a missing title', (d) => delete d.title, /proef\.mdx: title: is required$/],
    ['a summary that is too long', (d) => (d.summary = 'x'.repeat(401)), /proef\.mdx: summary: must be at most 400 characters, got 401$/],
    ['a malformed date', (d) => (d.publishedAt = '1-9-2025'), /proef\.mdx: publishedAt: expected a date as YYYY-MM-DD \(a day that exists\), got "1-9-2025"$/],
    ['a date that does not exist', (d) => (d.publishedAt = '2023-02-30'), /proef\.mdx: publishedAt: expected a date as YYYY-MM-DD \(a day that exists\), got "2023-02-30"$/],
    ['an unknown expert field on a practice example', (d) => (d.expert = 'hans-schuman'), /proef\.mdx: expert: is not a field of the contract \(check the spelling, or declare it in contract\/collections\/\)$/],
    ['an unknown field', (d) => (d.sector = ['po']), /proef\.mdx: sector: is not a field of the contract/],
    ['no organisations', (d) => (d.organisations = []), /proef\.mdx: organisations: expected at least one organisation$/],
    ['an unknown organisation kind', (d) => (d.organisations = [{ name: 'X', kind: 'ziekenhuis' }]), /proef\.mdx: organisations\.0\.kind: "ziekenhuis" is not a kind of organisation; expected one of school, jeugdhulp/],
    ['no themes', (d) => (d.themes = []), /proef\.mdx: themes: expected at least one theme/],
    ['an unknown theme', (d) => (d.themes = ['bestaat-niet']), /proef\.mdx: themes\.0: "bestaat-niet" is not a theme; use a slug from content\/themes\.yaml \(bestuurlijke-samenwerking, collectieve-financiering, interprofessioneel-samenwerken, …\) or add it there$/],
    ['an unknown region', (d) => (d.region = 'atlantis'), /proef\.mdx: region: "atlantis" is not a region; use a slug from content\/regions\.yaml \(flevoland, food-valley, haaglanden, …\) or add it there$/],
    ['an unknown contact person', (d) => (d.contact = 'niemand'), /proef\.mdx: contact: "niemand" is not a person; use a slug from content\/people\.yaml \(anke-van-den-berg, ellen-rouwerhorst, hans-schuman, …\) or add it there$/],
    ['a related document that does not exist', (d) => (d.related = [{ collection: 'events', slug: 'nergens' }]), /proef\.mdx: related\.0: "events\/nergens" does not exist/],
    ['a missing attachment', (d) => (d.attachments = [{ title: 'Plan', src: 'media/plan-bestaat-niet.pdf' }]), /proef\.mdx: attachments\.0\.src: file not found: content\/media\/plan-bestaat-niet\.pdf$/],
    ['a media path outside media/', (d) => (d.image = { src: '../secret.jpg', alt: 'x' }), /proef\.mdx: image\.src: expected a path under content\/media\//],
    ['a redirect onto a path the site uses', (d) => (d.redirectFrom = ['/zoeken/']), /proef\.mdx: redirectFrom\.0: "\/zoeken\/" is a path the site uses itself/],
    ['a redirect without slashes', (d) => (d.redirectFrom = ['oude-pagina']), /proef\.mdx: redirectFrom\.0: expected a site path/],
  ];

  it.each(cases)('rejects %s', (_name, breakIt, expected) => {
    const doc = structuredClone(base);
    breakIt(doc);
    writeDocument(dir, 'practice-examples', 'proef', doc);
    const found = lines(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('rejects an unquoted date that does not exist, instead of reading it as the next month', () => {
    const file = writeDocument(dir, 'practice-examples', 'proef', base);
    edit(file, /^publishedAt: .*$/m, 'publishedAt: 2023-02-30');
    expect(readFileSync(file, 'utf8')).toMatch(/^publishedAt: 2023-02-30$/m);
    expect(lines(dir)).toEqual([expect.stringMatching(/proef\.mdx: publishedAt: expected a date as YYYY-MM-DD \(a day that exists\), got "2023-02-30"$/)]);
  });

  it('names a few valid slugs and where to add one for an unknown event', () => {
    const report = { ...base };
    for (const key of ['sectors', 'ageMin', 'ageMax', 'region', 'municipalities', 'organisations', 'funding', 'status', 'contact']) delete report[key];
    writeDocument(dir, 'conference-reports', 'proef', { ...report, eventDate: '2026-10-01', event: 'nergens' });
    expect(lines(dir)).toEqual([
      expect.stringMatching(/content\/conference-reports\/proef\.mdx: event: "nergens" is not an event; use the file name of a document in content\/events\/ \([a-z0-9-]+, [a-z0-9-]+\) or add it there$/),
    ]);
  });

  it('rejects a body that would run code, with the line in the file', () => {
    writeDocument(dir, 'practice-examples', 'proef', base, 'Tekst.\n\n{process.exit(1)}\n');
    const frontmatterLines = readFileSync(path.join(dir, 'practice-examples', 'proef.mdx'), 'utf8').split('\n').indexOf('{process.exit(1)}') + 1;
    expect(lines(dir)).toEqual([
      expect.stringMatching(new RegExp(`proef\\.mdx: body: line ${frontmatterLines}: curly braces are MDX expressions`)),
    ]);
  });

  it('rejects a file name that is not a slug', () => {
    writeDocument(dir, 'practice-examples', 'Proef_Dronten', base);
    expect(lines(dir)).toEqual([
      `${dir}/practice-examples/Proef_Dronten.mdx: slug: file name must be a slug (lower-case kebab-case, for example "goed-is-goed-genoeg")`,
    ]);
  });

  it('rejects a page that takes a path of the site', () => {
    const { sectors, ageMin, ageMax, region, municipalities, organisations, funding, status, contact, ...page } = base;
    writeDocument(dir, 'pages', 'zoeken', page);
    expect(lines(dir)).toEqual([expect.stringMatching(/content\/pages\/zoeken\.mdx: slug: "zoeken" is a path the site uses itself/)]);
  });

  it('rejects a redirect that two documents claim', () => {
    writeDocument(dir, 'practice-examples', 'proef', { ...base, redirectFrom: ['/praktijkvoorbeelden/oud/'] });
    writeDocument(dir, 'practice-examples', 'proef-twee', { ...base, redirectFrom: ['/praktijkvoorbeelden/oud/'] });
    expect(lines(dir)).toEqual([expect.stringMatching(/proef\.mdx: redirectFrom\.0: "\/praktijkvoorbeelden\/oud\/" already redirects to \/praktijkvoorbeelden\/proef-twee\/$/)]);
  });

  it('rejects a duplicate theme slug in themes.yaml', () => {
    edit(path.join(dir, 'themes.yaml'), /$/, `\n- slug: dubbel\n  name: Dubbel\n  description: Eén.\n- slug: dubbel\n  name: Dubbel\n  description: Twee.\n`);
    expect(lines(dir)).toEqual([expect.stringMatching(/content\/themes\.yaml: \d+\.slug: "dubbel" is used more than once$/)]);
  });

  it('rejects a file outside the contract and frontmatter that is not YAML', () => {
    writeFileSync(path.join(dir, 'practice-example.yaml'), 'typo: true\n');
    writeFileSync(path.join(dir, 'events', 'kapot.mdx'), '---\ntitle: [oops\n---\n');
    expect(lines(dir)).toEqual([
      expect.stringMatching(/content\/practice-example\.yaml: is not part of the contract/),
      expect.stringMatching(/content\/events\/kapot\.mdx: frontmatter: /),
    ]);
  });

  it('reports every violation of a run together, not only the first', () => {
    writeDocument(dir, 'practice-examples', 'proef', { ...base, sectors: ['havo'], ageMin: 15, ageMax: 10, links: [{ title: 'x', url: 'ftp://x' }], themes: ['onbekend'] });
    writeDocument(dir, 'practice-examples', 'proef-twee', { ...base, themes: ['onbekend'] });
    const found = lines(dir);
    expect(found).toHaveLength(5);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/proef\.mdx: themes\.0: "onbekend" is not a theme/),
      expect.stringMatching(/proef\.mdx: sectors\.0: /),
      expect.stringMatching(/proef\.mdx: links\.0\.url: /),
      expect.stringMatching(/proef\.mdx: ageMax: /),
      expect.stringMatching(/proef-twee\.mdx: themes\.0: "onbekend" is not a theme/),
    ]));
  });
});

describe('npm run check:content', () => {
  const run = (dir?: string) =>
    spawnSync(process.execPath, ['scripts/check-content.ts', ...(dir ? [dir] : [])], { encoding: 'utf8' });

  it('exits 0 on the sample content', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/content\/ is valid: \d+ documents/);
  });

  it('exits 1 and prints one line per violation', () => {
    const dir = copyOfSampleContent();
    const base = validPracticeExample(dir);
    writeDocument(dir, 'practice-examples', 'proef', { ...base, ageMin: 12, ageMax: 4, themes: ['onbekend'] });
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/proef\.mdx: ageMax: must be at least ageMin \(12\), got 4\n/);
    expect(result.stderr).toMatch(/\n2 violations of the content contract in /);
  });
  // One broken line per file; the violation names the file and that line, with js-yaml's reason,
  // and it stands alone: references to an unreadable taxonomy are not reported again.
  const brokenYaml: [string, string, (dir: string) => void, string][] = [
    ['themes.yaml', 'themes.yaml', (dir) => edit(path.join(dir, 'themes.yaml'), '- slug: interprofessioneel-samenwerken', '- slug: interprofessioneel: samenwerken'), 'line 21: bad indentation of a mapping entry'],
    ['people.yaml', 'people.yaml', (dir) => edit(path.join(dir, 'people.yaml'), '  role: Directeur\n', '   role: Directeur\n'), 'line 3: bad indentation of a mapping entry'],
    ['MDX frontmatter', 'practice-examples/amigos-op-school-rotterdam-zuid.mdx', (dir) => edit(path.join(dir, 'practice-examples', 'amigos-op-school-rotterdam-zuid.mdx'), '  - ouderbetrokkenheid\n', '\t- ouderbetrokkenheid\n'), 'frontmatter: line 8: tab characters must not be used in indentation'],
  ];
  it.each(brokenYaml)('exits 1 naming the file and line of a broken %s, in one line without a stack trace', (_name, file, breakIt, message) => {
    const dir = copyOfSampleContent();
    breakIt(dir);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${dir}/${file.replace(/[.]/g, '\\.')}: ${message}\n\n1 violation of the content contract in [^\n]+\n$`));
  });
});
