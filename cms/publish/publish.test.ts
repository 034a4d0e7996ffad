import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentPath } from '../../contract/vocabulary.ts';
import type { PracticeExample } from '../payload-types.ts';
import { createInput } from '../test/support/create-input.ts';
import { pngFile } from '../test/support/fixtures.ts';
import { mediaDir } from '../sync/lookups.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { importContent } from '../sync/import.ts';
import { REBUILD_TASK } from './rebuild-task.ts';
import { SITE_STATUS } from './site-status.ts';

const SAMPLE = path.resolve('content');
const paragraph = (text: string): PracticeExample['body'] => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: [
    { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] },
  ] },
});

/** A practice example ready to publish, its slug left to the CMS. */
async function example(cms: TestCms, title: string, status: PracticeExample['_status']) {
  const theme = (await cms.payload.find({ collection: 'themes', limit: 1 })).docs[0]!;
  return createInput('practice-examples', {
    title,
    summary: 'Een school en een jeugdhulpaanbieder werken samen.',
    publishedAt: '2026-11-20',
    themes: [theme.id],
    sectors: ['vo'],
    organisations: [{ name: 'Het Proefcollege', kind: 'school' }],
    body: paragraph('Leerlingen bouwen samen een zeepbellenfabriek.'),
    _status: status,
  });
}

describe('publishing rebuilds the site', () => {
  let cms: TestCms;
  let dist: string;
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const page = (slug: string) => path.join(dist, documentPath('practice-examples', slug), 'index.html');
  const indexed = () => JSON.parse(read('pagefind/pagefind-entry.json')).languages.nl.page_count as number;
  const status = () => cms.payload.findGlobal({ slug: SITE_STATUS });

  beforeAll(async () => {
    cms = await startTestCms();
    dist = cms.env.SITE_DIST_DIR!;
    await importContent({ payload: cms.payload, contentDir: SAMPLE });
    // The import itself queues nothing (content/ is what the site is built from); build once.
    expect(await cms.payload.count({ collection: 'payload-jobs' })).toMatchObject({ totalDocs: 0 });
    await cms.payload.jobs.queue({ task: REBUILD_TASK, input: { reason: 'test' } });
    await cms.payload.jobs.run();
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  }, 180_000);
  afterAll(() => cms?.close());

  it('puts a published document on the site: its page, search entry, feed item and sitemap entry', async () => {
    const before = indexed();
    await cms.payload.create({ collection: 'practice-examples', data: await example(cms, 'De zeepbellenfabriek', 'published') });
    await cms.payload.jobs.run();
    expect(readFileSync(page('de-zeepbellenfabriek'), 'utf8')).toContain('zeepbellenfabriek');
    expect(indexed()).toBe(before + 1);
    expect(read('rss.xml')).toContain(`https://schoolnabij.nl${documentPath('practice-examples', 'de-zeepbellenfabriek')}`);
    expect(read('sitemap-0.xml')).toContain(`https://schoolnabij.nl${documentPath('practice-examples', 'de-zeepbellenfabriek')}`);
    expect(await status()).toMatchObject({ state: 'gelukt', error: null });
  }, 120_000);

  it('does not rebuild for a draft, and never shows one', async () => {
    const draft = await cms.payload.create({ collection: 'practice-examples', draft: true, data: await example(cms, 'Nog een concept', 'draft') });
    const { totalDocs } = await cms.payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } });
    expect(totalDocs).toBe(0);
    expect(draft._status).toBe('draft');
    expect(existsSync(page('nog-een-concept'))).toBe(false);
  });

  it('takes an unpublished document off the site, search included', async () => {
    const doc = (await cms.payload.find({ collection: 'practice-examples', where: { slug: { equals: 'de-zeepbellenfabriek' } } })).docs[0]!;
    const before = indexed();
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: { _status: 'draft' } });
    await cms.payload.jobs.run();
    expect(existsSync(page('de-zeepbellenfabriek'))).toBe(false);
    expect(indexed()).toBe(before - 1);
    expect(read('rss.xml')).not.toContain('de-zeepbellenfabriek');
  }, 120_000);

  it('leaves a working redirect at the old path when a published slug changes', async () => {
    const doc = (await cms.payload.find({ collection: 'practice-examples', where: { slug: { equals: 'kernpartners-utrecht' } } })).docs[0]!;
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: { slug: 'kernpartners-in-utrecht', _status: 'published' } });
    await cms.payload.jobs.run();
    expect(existsSync(page('kernpartners-in-utrecht'))).toBe(true);
    const redirect = readFileSync(page('kernpartners-utrecht'), 'utf8');
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0;url=${documentPath('practice-examples', 'kernpartners-in-utrecht')}">`);
    expect(read('_redirects')).toContain('/praktijkvoorbeelden/kernpartners-utrecht/ /praktijkvoorbeelden/kernpartners-in-utrecht/ 301');
  }, 120_000);

  it('leaves content/ and dist/ exactly as the live site was built when the build fails, and says why', async () => {
    const contentDir = cms.env.CONTENT_DIR!;
    const before = { content: tree(contentDir), dist: tree(dist) };
    // An upload whose stored file is damaged: the export copies it, the image pipeline cannot read it.
    const media = await cms.payload.create({ collection: 'media', data: { alt: 'Een kapotte afbeelding' }, file: await pngFile('kapot.png') });
    writeFileSync(path.join(mediaDir(cms.payload), media.filename!), 'geen afbeelding');
    await cms.payload.create({ collection: 'practice-examples', data: { ...(await example(cms, 'Met een kapotte afbeelding', 'published')), image: media.id } });
    await cms.payload.jobs.run();
    expect(await status()).toMatchObject({ state: 'mislukt', error: expect.stringContaining('de site bouwde niet') });
    expect(tree(contentDir)).toEqual(before.content);
    expect(tree(dist)).toEqual(before.dist);
    expect(readdirSync(path.dirname(contentDir)).filter((name) => name.includes('.export-'))).toEqual([]);
  }, 240_000);
});

/** Every file below dir with a digest of its bytes, keyed by relative path. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), createHash('sha256').update(readFileSync(path.join(e.parentPath, e.name))).digest('hex')]),
  );
}

