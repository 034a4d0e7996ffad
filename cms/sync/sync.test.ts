import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, documentPath, formatViolation } from '../../contract/index.ts';
import { runAstroBuild as buildSite } from '../../site/build/astro-build.ts';
import { createInput, type CreateInput } from '../test/support/create-input.ts';
import { paragraph, richText, text } from '../test/support/lexical.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { exportContent } from './export.ts';
import { importContent } from './import.ts';

const SAMPLE = path.resolve('content');

/** Every file below dir with its bytes, keyed by relative path. */
function tree(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), readFileSync(file).toString('base64')];
      }),
  );
}

/** A body of one plain paragraph per text. */
const body = (...texts: string[]) => richText(...texts.map((value) => paragraph(text(value))));

describe('content/ ⇄ CMS', () => {
  let cms: TestCms;
  let work: string;
  beforeAll(async () => {
    cms = await startTestCms();
    work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-sync-'));
    await importContent({ payload: cms.payload, contentDir: SAMPLE });
  });
  afterAll(async () => {
    await cms?.close();
    if (!process.env.KEEP_SYNC_TMP) rmSync(work, { recursive: true, force: true });
  });
  const exported = async (name: string) => {
    const dir = path.join(work, name, 'content');
    await exportContent({ payload: cms.payload, contentDir: dir });
    return dir;
  };
  const base = async () => {
    const themes = await cms.payload.find({ collection: 'themes', limit: 1 });
    return {
      summary: 'Een school en een jeugdhulpaanbieder werken een jaar samen.',
      publishedAt: '2026-11-01',
      themes: [themes.docs[0]!.id],
      sectors: ['po'],
      organisations: [{ name: 'Basisschool De Proef', kind: 'school' }],
    } satisfies Partial<CreateInput<'practice-examples'>>;
  };

  it('reproduces the sample content byte for byte: export(import(content/))', async () => {
    const dir = await exported('round-trip');
    const want = tree(SAMPLE);
    const got = tree(dir);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [file, bytes] of want) expect(got.get(file), file).toBe(bytes);
  });

  it('changes nothing when the same content is imported again', async () => {
    const versions = async () => (await cms.payload.findVersions({ collection: 'practice-examples', limit: 0, pagination: false })).docs.length;
    const before = await versions();
    const summary = await importContent({ payload: cms.payload, contentDir: SAMPLE });
    expect(summary).toMatchObject({ created: 0, updated: 0, mediaUploaded: 0 });
    // The documents, the 8 themes, 8 regions and 12 people, and the menus.
    expect(summary.unchanged).toBe(checkContent(SAMPLE).documents.length + 8 + 8 + 12 + 1);
    expect(await versions()).toBe(before);
  });

  it('clears a person’s e-mail address and phone number once they are removed from people.yaml, and exports them back as written', async () => {
    const dir = path.join(work, 'people-edit', 'content');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, 'people.yaml');
    const full = readFileSync(file, 'utf8');
    expect(full).toContain('  phone: 0321 12 34 56\n');
    try {
      writeFileSync(file, full.replace('  email: marga.kleinswormink@dronten.example\n  phone: 0321 12 34 56\n', ''));
      expect((await importContent({ payload: cms.payload, contentDir: dir })).updated).toBe(1);
      const [person] = (await cms.payload.find({ collection: 'people', where: { slug: { equals: 'marga-klein-swormink' } } })).docs;
      expect([person!.email ?? null, person!.phone ?? null]).toEqual([null, null]);
      expect(readFileSync(path.join(await exported('people-without-contact'), 'people.yaml'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    } finally {
      await importContent({ payload: cms.payload, contentDir: SAMPLE });
    }
    expect(readFileSync(path.join(await exported('people-with-contact'), 'people.yaml'), 'utf8')).toBe(full);
  });

  it('carries a theme’s introduction and an FAQ entry’s themes from the CMS to content/ and back', async () => {
    const theme = (await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'thuiszitters' } } })).docs[0]!;
    expect(theme.introduction).toContain('Een thuiszitter is een leerplichtig kind');
    const introduction = 'Eerste alinea met **nadruk**.\n\nTweede alinea:\n\n- een punt\n- nog een punt';
    await cms.payload.update({ collection: 'themes', id: theme.id, data: { introduction } });
    const faqPage = (await cms.payload.find({ collection: 'pages', depth: 0, where: { slug: { equals: 'veelgestelde-vragen' } } })).docs[0]!;
    expect(faqPage.faq?.length).toBeGreaterThan(3);
    const faq = faqPage.faq!.map((q, i) => ({ ...q, themes: i === 0 ? [theme.id] : q.themes }));
    await cms.payload.update({ collection: 'pages', id: faqPage.id, data: { faq } });
    const dir = await exported('dossier-fields');
    const check = checkContent(dir);
    expect(check.violations.map(formatViolation)).toEqual([]);
    expect(check.themes.find((t) => t.slug === 'thuiszitters')!.introduction).toBe(introduction);
    const page = check.documents.find((d) => d.slug === 'veelgestelde-vragen')!;
    expect(page.data.faq[0].themes).toEqual(['thuiszitters']);
    expect(page.data.faq.slice(1)).toEqual(checkContent(SAMPLE).documents.find((d) => d.slug === 'veelgestelde-vragen')!.data.faq.slice(1));
    // Back into the CMS: importing the sample restores both, importing the export brings the edits again.
    await importContent({ payload: cms.payload, contentDir: SAMPLE });
    expect((await cms.payload.findByID({ collection: 'themes', id: theme.id })).introduction).toBe(theme.introduction);
    expect((await cms.payload.findByID({ collection: 'pages', id: faqPage.id, depth: 0 })).faq![0]!.themes).toEqual(faqPage.faq![0]!.themes);
    await importContent({ payload: cms.payload, contentDir: dir });
    expect((await cms.payload.findByID({ collection: 'themes', id: theme.id })).introduction).toBe(introduction);
    expect((await cms.payload.findByID({ collection: 'pages', id: faqPage.id, depth: 0 })).faq![0]!.themes).toEqual([theme.id]);
    await importContent({ payload: cms.payload, contentDir: SAMPLE });
  });

  it('carries mailto: and tel: links of a body from the CMS to content/ and back', async () => {
    const link = (url: string, label: string) => ({ type: 'link', version: 3, fields: { linkType: 'custom', url, newTab: false }, children: [text(label)], direction: 'ltr' as const, format: '' as const, indent: 0 });
    const contactBody = richText(paragraph(text('Mail '), link('mailto:redactie@schoolnabij.nl', 'de redactie'), text(' of bel '), link('tel:+31201234567', '020 123 4567'), text('.')));
    await cms.payload.create({
      collection: 'practice-examples',
      data: createInput('practice-examples', { ...(await base()), title: 'Contact met de redactie', body: contactBody, _status: 'published' }),
    });
    const dir = await exported('mailto-tel');
    expect(checkContent(dir).violations.map(formatViolation)).toEqual([]);
    const file = path.join(dir, 'practice-examples', 'contact-met-de-redactie.mdx');
    expect(readFileSync(file, 'utf8')).toContain('Mail [de redactie](mailto:redactie@schoolnabij.nl) of bel [020 123 4567](tel:+31201234567).');
    // Imported back, the links are the same and a second export writes the same file.
    await importContent({ payload: cms.payload, contentDir: dir });
    const [doc] = (await cms.payload.find({ collection: 'practice-examples', depth: 0, where: { slug: { equals: 'contact-met-de-redactie' } } })).docs;
    const urls = JSON.stringify(doc!.body).match(/"url":"[^"]+"/g);
    expect(urls).toEqual(['"url":"mailto:redactie@schoolnabij.nl"', '"url":"tel:+31201234567"']);
    expect(readFileSync(path.join(await exported('mailto-tel-again'), 'practice-examples', 'contact-met-de-redactie.mdx'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    await cms.payload.delete({ collection: 'practice-examples', where: { slug: { equals: 'contact-met-de-redactie' } } });
  });

  it('never exports a draft, nor the unpublished changes of a published document', async () => {
    await cms.payload.create({ collection: 'practice-examples', draft: true, data: { ...(await base()), title: 'Concept over Urk', _status: 'draft' } });
    const published = (await cms.payload.find({ collection: 'practice-examples', where: { slug: { equals: 'kernpartners-utrecht' } } })).docs[0]!;
    await cms.payload.update({ collection: 'practice-examples', id: published.id, draft: true, data: { title: 'Nog niet klaar', _status: 'draft' } });
    const dir = await exported('drafts');
    expect(existsSync(path.join(dir, 'practice-examples', 'concept-over-urk.mdx'))).toBe(false);
    const text = readFileSync(path.join(dir, 'practice-examples', 'kernpartners-utrecht.mdx'), 'utf8');
    expect(text).not.toContain('Nog niet klaar');
    expect(text).toBe(readFileSync(path.join(SAMPLE, 'practice-examples', 'kernpartners-utrecht.mdx'), 'utf8'));
  });

  it('keeps hostile editor text as text, from the CMS through export and build to the page', async () => {
    const hostile = ['{process.exit(1)}', '<script>alert(1)</script>', 'import fs from "node:fs"', '<img src=x onerror="alert(1)">', 'export default 1'];
    await cms.payload.create({
      collection: 'practice-examples',
      data: createInput('practice-examples', { ...(await base()), title: 'Vijandige tekst', body: body(...hostile), _status: 'published' }),
    });
    const dir = await exported('hostile');
    expect(checkContent(dir).violations.map(formatViolation)).toEqual([]);
    const out = path.join(work, 'hostile', 'dist');
    const build = await buildSite({ outDir: out, contentDir: dir });
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(path.join(out, documentPath('practice-examples', 'vijandige-tekst'), 'index.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, '\n').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&')
      // Markdown's typography turns straight quotes into curly ones; the text is otherwise as typed.
      .replace(/[“”]/g, '"');
    for (const line of hostile) expect(text).toContain(line);
    expect(html).not.toMatch(/<script>alert|<img src="?x"? onerror/);
  });

  it('leaves content/ exactly as it was when an export is killed midway', async () => {
    // Enough documents that the export takes a while to write.
    const data = await base();
    for (let i = 0; i < 150; i++) {
      await cms.payload.create({ collection: 'practice-examples', data: createInput('practice-examples', { ...data, title: `Voorbeeld ${i}`, body: body('Tekst '.repeat(200)), _status: 'published' }) });
    }
    const dir = path.join(work, 'killed', 'content');
    cpSync(SAMPLE, dir, { recursive: true });
    const before = tree(dir);
    const child = spawn(process.execPath, ['scripts/export.ts'], { env: { ...process.env, ...cms.env, CONTENT_DIR: dir }, stdio: 'ignore' });
    const staging = `${dir}.export-${child.pid}`;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(path.join(staging, 'practice-examples'))) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 2);
      child.on('exit', () => reject(new Error('the export finished before it could be killed')));
    });
    await exited;
    expect(existsSync(staging)).toBe(true);
    expect(tree(dir)).toEqual(before);

    // The next export cleans up after the killed one and succeeds.
    await exportContent({ payload: cms.payload, contentDir: dir });
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(path.join(dir, 'practice-examples')).length).toBeGreaterThan(150);
  }, 120_000);
});
