import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

/** A private copy of the sample content/ to break on purpose, removed when the test ends. */
export function copyOfSampleContent(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'schoolnabij-content-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'content');
  cpSync(path.resolve('content'), dir, { recursive: true, dereference: true });
  return dir;
}

/** Replaces text in a file of a fixture, failing loudly when the text is not there. */
export function edit(file: string, from: string | RegExp, to: string): void {
  const source = readFileSync(file, 'utf8');
  const next = source.replace(from, to);
  if (next === source) throw new Error(`fixture edit found nothing to replace in ${file}: ${from}`);
  writeFileSync(file, next);
}

/** Writes a document into a fixture: frontmatter from an object, so each test names only what it breaks. */
export function writeDocument(contentDir: string, collection: string, slug: string, frontmatter: Record<string, unknown>, body = 'Tekst.\n'): string {
  const file = path.join(contentDir, collection, `${slug}.mdx`);
  writeFileSync(file, `---\n${yaml.dump(frontmatter)}---\n\n${body}`);
  return file;
}

/** A valid practice example that uses the first theme, region and person of the fixture. */
export function validPracticeExample(contentDir: string): Record<string, unknown> {
  const first = (name: string) => (yaml.load(readFileSync(path.join(contentDir, `${name}.yaml`), 'utf8')) as { slug: string; municipalities?: string[] }[])[0]!;
  const region = first('regions');
  return {
    title: 'Een proef met een jeugdhulpverlener op school',
    summary: 'Een school en een jeugdhulpaanbieder werken een jaar samen.',
    publishedAt: '2025-09-01',
    themes: [first('themes').slug],
    sectors: ['po'],
    ageMin: 6,
    ageMax: 12,
    region: region.slug,
    municipalities: [region.municipalities![0]],
    organisations: [{ name: 'Basisschool De Proef', kind: 'school' }],
    funding: 'collectief',
    status: 'pilot',
    contact: first('people').slug,
  };
}
