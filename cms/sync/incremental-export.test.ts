/**
 * An export that reuses the files of the last one writes the same tree, byte for byte, as a full
 * export of the same CMS: after each kind of edit an editor makes, both are compared. Where the
 * edit touched only a document, the other files must have been reused; where it changed what
 * every conversion reads (slugs, media), none may be.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../contract/index.ts';
import { createInput } from '../test/support/create-input.ts';
import { paragraph, richText, text } from '../test/support/lexical.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { exportContent, type ExportSummary } from './export.ts';
import { moveRecord, readRecord, recordPath, writeRecord } from './export-record.ts';
import { importContent } from './import.ts';
import { stagingDir, swapIn } from './tree.ts';

/** Every file below dir with its bytes, keyed by relative path. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name)).toString('base64')]),
  );
}

describe('an export that reuses the last one', () => {
  let cms: TestCms;
  let work: string;
  let live: string;
  let articles: number;
  let fulls = 0;

  beforeAll(async () => {
    cms = await startTestCms();
    work = mkdtempSync(path.join(tmpdir(), 'schoolnabij-incremental-'));
    live = path.join(work, 'live', 'content');
    await importContent({ payload: cms.payload, contentDir: path.resolve('content') });
    articles = checkContent(path.resolve('content')).documents.length;
    const first = await exportContent({ payload: cms.payload, contentDir: live, reuseFrom: live });
    expect(first).toMatchObject({ reused: 0, converted: articles });
  }, 120_000);

  afterAll(async () => {
    await cms?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Exports into the live tree reusing it, and in full elsewhere; both trees and warnings must agree. */
  async function bothExports(): Promise<ExportSummary> {
    const incremental = await exportContent({ payload: cms.payload, contentDir: live, reuseFrom: live });
    const full = await exportContent({ payload: cms.payload, contentDir: path.join(work, `full-${++fulls}`, 'content') });
    expect(tree(live)).toEqual(tree(path.join(work, `full-${fulls}`, 'content')));
    expect(incremental.warnings).toEqual(full.warnings);
    expect(incremental.documents).toEqual(full.documents);
    expect(incremental.reused + incremental.converted).toBe(full.converted);
    return incremental;
  }

  const one = async (collection: 'practice-examples' | 'themes', slug: string) => (await cms.payload.find({ collection, depth: 0, where: { slug: { equals: slug } } })).docs[0]!;

  const published = (data: Record<string, unknown>) => ({ ...data, _status: 'published' as const });

  it('reuses every file when nothing changed', async () => {
    expect(await bothExports()).toMatchObject({ reused: articles, converted: 0 });
  });

  it('converts only the document that was edited', async () => {
    const doc = await one('practice-examples', 'goed-is-goed-genoeg-dronten');
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: published({ title: 'Goed is goed genoeg, in Dronten' }) });
    expect(await bothExports()).toMatchObject({ reused: articles - 1, converted: 1 });
  });

  it('reuses the documents when only a theme’s name changed', async () => {
    const theme = await one('themes', 'thuiszitters');
    await cms.payload.update({ collection: 'themes', id: theme.id, data: { name: 'Kinderen die thuiszitten' } });
    expect(await bothExports()).toMatchObject({ reused: articles, converted: 0 });
  });

  it('keeps the warnings of the links a reused document dropped', async () => {
    const target = await one('practice-examples', 'kernpartners-utrecht');
    const link = { type: 'link', version: 3, fields: { linkType: 'internal', doc: { relationTo: 'practice-examples', value: target.id }, newTab: false }, children: [text('Kernpartners')], direction: 'ltr' as const, format: '' as const, indent: 0 };
    const themes = (await cms.payload.find({ collection: 'themes', limit: 1 })).docs.map((t) => t.id);
    await cms.payload.create({
      collection: 'practice-examples',
      data: createInput('practice-examples', {
        title: 'Een link naar een concept',
        summary: 'Een voorbeeld dat verwijst naar een document dat niet gepubliceerd is.',
        publishedAt: '2026-11-01',
        themes,
        sectors: ['po'],
        organisations: [{ name: 'Basisschool De Proef', kind: 'school' }],
        body: richText(paragraph(text('Zie '), link, text('.'))),
        _status: 'published',
      }),
    });
    await cms.payload.update({ collection: 'practice-examples', id: target.id, data: { _status: 'draft' } });
    // A new document and an unpublished one change what every conversion reads: nothing is reused.
    expect(await bothExports()).toMatchObject({ reused: 0, converted: articles });
    const doc = await one('practice-examples', '2sur5-en-pleysier-college');
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: published({ summary: 'Een nieuwe samenvatting.' }) });
    const summary = await bothExports();
    expect(summary).toMatchObject({ reused: articles - 1, converted: 1 });
    expect(summary.warnings).toEqual([
      'content/practice-examples/een-link-naar-een-concept.mdx: body: the link "Kernpartners" points at practice-examples/kernpartners-utrecht, which is not published; written as text',
    ]);
  });

  it('converts every document after a slug changed, so that the references to it follow', async () => {
    const doc = await one('practice-examples', 'de-musketier-en-gro-up-zoetermeer');
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: published({ slug: 'de-musketier-zoetermeer' }) });
    expect(await bothExports()).toMatchObject({ reused: 0, converted: articles });
    expect(readFileSync(path.join(live, 'events', 'ontmoetingsdag-schoolnabij-2027.mdx'), 'utf8')).toContain('slug: de-musketier-zoetermeer\n');
  });

  it('converts every document after a media file’s alt text changed', async () => {
    const media = (await cms.payload.find({ collection: 'media', where: { filename: { equals: 'dronten-school-en-jeugdhulp.jpg' } } })).docs[0]!;
    await cms.payload.update({ collection: 'media', id: media.id, data: { alt: 'Een schoolgebouw met een geel pad.' } });
    expect(await bothExports()).toMatchObject({ reused: 0, converted: articles });
    expect(readFileSync(path.join(live, 'practice-examples', 'goed-is-goed-genoeg-dronten.mdx'), 'utf8')).toContain('alt: Een schoolgebouw met een geel pad.\n');
  });

  it('converts a document again whose live file was changed, removed or replaced since', async () => {
    const edited = path.join(live, 'practice-examples', 'samenwerking-almere-loont.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('title:', 'title: X'));
    // The same size and time, but another file.
    const replaced = path.join(live, 'pages', 'achtergrond.mdx');
    const { atime, mtime } = statSync(replaced);
    const bytes = readFileSync(replaced);
    rmSync(replaced);
    writeFileSync(replaced, bytes);
    utimesSync(replaced, atime, mtime);
    rmSync(path.join(live, 'events', 'ontmoetingsdag-schoolnabij-2027.mdx'));
    expect(await bothExports()).toMatchObject({ reused: articles - 3, converted: 3 });
  });

  it('reuses nothing when the record is of another format or cut short', async () => {
    const record = readRecord(live)!;
    writeRecord(live, { ...record, format: 0 as 1 });
    expect(await bothExports()).toMatchObject({ reused: 0 });
    writeFileSync(recordPath(live), readFileSync(recordPath(live), 'utf8').slice(0, 100));
    expect(await bothExports()).toMatchObject({ reused: 0 });
    expect(await bothExports()).toMatchObject({ reused: articles });
  });

  it('reuses the live tree from a staging tree that is swapped in later, as the publish job does', async () => {
    const doc = (await cms.payload.find({ collection: 'expert-pieces', limit: 1, depth: 0 })).docs[0]!;
    await cms.payload.update({ collection: 'expert-pieces', id: doc.id, data: published({ quote: 'Samen kom je verder.' }) });
    const staging = stagingDir(live);
    const summary = await exportContent({ payload: cms.payload, contentDir: staging, reuseFrom: live });
    expect(summary).toMatchObject({ reused: articles - 1, converted: 1 });
    await swapIn(staging, live);
    moveRecord(staging, live);
    expect(await bothExports()).toMatchObject({ reused: articles, converted: 0 });
    // A copy of the tree is another set of files: nothing of it is proven.
    const copy = path.join(work, 'copy', 'content');
    cpSync(live, copy, { recursive: true });
    cpSync(recordPath(live), recordPath(copy));
    expect(await exportContent({ payload: cms.payload, contentDir: copy, reuseFrom: copy })).toMatchObject({ reused: 0 });
  });
});
