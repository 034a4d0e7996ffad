/**
 * The CMS contract, on a real database through Payload's Local API: validation as strict as
 * contract/, redirects on slug changes, scheduled publishing. Access per role is tested in cms/access/.
 * Runs against SQLite always, and against MongoDB too when MONGODB_URL is set.
 */
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeExample, User } from '../payload-types.ts';
import { createInput, type CreateInput } from './support/create-input.ts';
import { minimalPdf, practiceExample, pngFile, seed, type Fixtures } from './support/fixtures.ts';
import { startTestCms, type AdapterName, type TestCms } from './support/payload.ts';

type Body = NonNullable<PracticeExample['body']>;

const MONGO_SKIP = 'MongoDB (skipped: MONGODB_URL unset)';
if (!process.env.MONGODB_URL) {
  console.warn('CMS contract tests: MongoDB variant skipped; set MONGODB_URL to a replica set or Atlas URL to run it (see README).');
}
const adapters: { name: string; adapter: AdapterName; skip: boolean }[] = [
  { name: 'SQLite', adapter: 'sqlite', skip: false },
  { name: process.env.MONGODB_URL ? 'MongoDB' : MONGO_SKIP, adapter: 'mongodb', skip: !process.env.MONGODB_URL },
];

/** The field paths a rejected operation names, e.g. ['ageMax']. */
async function rejectedPaths(operation: Promise<unknown>): Promise<{ paths: string[]; messages: string[] }> {
  const error = (await operation.then(
    () => {
      throw new Error('expected the operation to be rejected');
    },
    (e: unknown) => e,
  )) as { name?: string; data?: { errors?: { path: string; message: string }[] } };
  expect(error.name).toBe('ValidationError');
  const errors = error.data?.errors ?? [];
  return { paths: errors.map((e) => e.path), messages: errors.map((e) => e.message) };
}

describe.each(adapters)('CMS on $name', ({ adapter, skip }) => {
  let cms: TestCms;
  let payload: Payload;
  let fx: Fixtures;
  let editor: User;

  beforeAll(async () => {
    if (skip) return;
    cms = await startTestCms(adapter);
    payload = cms.payload;
    fx = await seed(payload);
    editor = { ...(await payload.findByID({ collection: 'users', id: fx.editor.id })), collection: 'users' };
  });
  afterAll(async () => {
    await cms?.close();
  });

  describe.skipIf(skip)('validation as strict as the content contract', () => {
    it('rejects an unknown sector', async () => {
      // @ts-expect-error: the types know the sectors too; the CMS must refuse what slips past them.
      const { paths } = await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { sectors: ['hbo'] }) }));
      expect(paths).toEqual(['sectors']);
    });

    it('rejects ageMin above ageMax, naming ageMax', async () => {
      const { paths, messages } = await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { ageMin: 14, ageMax: 8 }) }));
      expect(paths).toEqual(['ageMax']);
      expect(messages[0]).toMatch(/14/);
    });

    it('rejects a javascript: link in links and in the body', async () => {
      const { paths } = await rejectedPaths(
        payload.create({ collection: 'practice-examples', data: practiceExample(fx, { links: [{ title: 'Klik', url: 'javascript:alert(1)' }] }) }),
      );
      expect(paths).toEqual(['links.0.url']);
      const body: Body = {
        root: {
          type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
          children: [
            {
              type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
              children: [
                {
                  type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, id: 'abc123',
                  fields: { linkType: 'custom', url: 'javascript:alert(1)', newTab: false },
                  children: [{ type: 'text', version: 1, text: 'klik', format: 0, mode: 'normal', style: '', detail: 0 }],
                },
              ],
            },
          ],
        },
      };
      const inBody = await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { body }) }));
      expect(inBody.paths).toContain('body');
      expect(inBody.paths.every((path) => path.startsWith('body'))).toBe(true);
    });

    it('accepts a body with everything the site renders: headings, lists, quotes, links, images, Callout, Figure', async () => {
      const image = await payload.create({ collection: 'media', data: { alt: 'Een groen vlak' }, file: await pngFile('body.png') });
      const target = await payload.create({ collection: 'pages', data: { title: 'Over ons', slug: 'over-ons-doel', summary: 'Wie wij zijn.', publishedAt: '2026-01-01', _status: 'published' } });
      const node = { version: 1, direction: 'ltr', format: '', indent: 0 } as const;
      const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, mode: 'normal', style: '', detail: 0 });
      const link = (fields: Record<string, unknown>, label: string) => ({ ...node, type: 'link', version: 3, id: `l${label.length}`, fields: { newTab: false, ...fields }, children: [text(label)] });
      const body: Body = {
        root: {
          ...node,
          type: 'root',
          children: [
            { ...node, type: 'heading', tag: 'h2', children: [text('Aanpak')] },
            { ...node, type: 'paragraph', textFormat: 0, textStyle: '', children: [text('Vet', 1), text(' en '), text('cursief', 2), text('. Zie '), link({ linkType: 'custom', url: 'https://www.voorbeeld.nl/' }, 'de website'), text(' en '), link({ linkType: 'internal', doc: { relationTo: 'pages', value: target.id } }, 'over ons')] },
            { ...node, type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: [{ ...node, type: 'listitem', value: 1, children: [text('Een punt')] }] },
            { ...node, type: 'list', listType: 'number', tag: 'ol', start: 1, children: [{ ...node, type: 'listitem', value: 1, children: [text('Stap één')] }] },
            { ...node, type: 'quote', children: [text('Goed is goed genoeg.')] },
            { type: 'upload', version: 3, format: '', id: 'u1', relationTo: 'media', value: image.id, fields: {} },
            { type: 'block', version: 2, format: '', fields: { id: 'b1', blockName: '', blockType: 'callout', title: 'Let op', text: 'Een kader.' } },
            { type: 'block', version: 2, format: '', fields: { id: 'b2', blockName: '', blockType: 'figure', image: image.id, caption: 'Een bijschrift.' } },
          ],
        },
      };
      const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Alles in de tekst', body }) });
      expect(doc._status).toBe('published');
      const blocks = JSON.stringify((await payload.findByID({ collection: 'practice-examples', id: doc.id, depth: 0 })).body);
      expect(blocks).toContain('"blockType":"callout"');
      expect(blocks).toContain('"blockType":"figure"');
    });

    it('rejects body content the site does not render, and drops unsupported text formats', async () => {
      const node = { version: 1, direction: 'ltr', format: '', indent: 0 } as const;
      const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, mode: 'normal', style: '', detail: 0 });
      const bodyWith = (child: Body['root']['children'][number]): Body => ({ root: { ...node, type: 'root', children: [child] } });
      const h5 = bodyWith({ ...node, type: 'heading', tag: 'h5', children: [text('Te diep')] });
      const rule = bodyWith({ type: 'horizontalrule', version: 1 });
      for (const body of [h5, rule]) {
        const { paths, messages } = await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { body }) }));
        expect(paths).toEqual(['body']);
        expect(messages[0]).toMatch(/tussenkopjes|niet toont/);
      }
      // Underlined + bold (8 | 1) keeps only bold.
      const pasted = bodyWith({ ...node, type: 'paragraph', textFormat: 0, textStyle: '', children: [text('Geplakt', 9)] });
      const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Geplakte tekst', body: pasted }) });
      expect(JSON.stringify(doc.body)).toContain('"format":1,');
    });

    it('rejects an image without alt text, but accepts a PDF without it', async () => {
      const { paths } = await rejectedPaths(payload.create({ collection: 'media', data: {}, file: await pngFile('zonder-alt.png') }));
      expect(paths).toEqual(['alt']);
      const pdf = minimalPdf();
      const doc = await payload.create({ collection: 'media', data: {}, file: { data: pdf, mimetype: 'application/pdf', name: 'verslag.pdf', size: pdf.length } });
      expect(doc.mimeType).toBe('application/pdf');
    });

    it('rejects a slug outside the contract pattern and a duplicate slug', async () => {
      expect((await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'Hoofd Letters' }) }))).paths).toEqual(['slug']);
      await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'dubbel' }) });
      expect((await rejectedPaths(payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'dubbel' }) }))).paths).toEqual(['slug']);
    });

    it('rejects a page slug that the site itself uses', async () => {
      const page: CreateInput<'pages'> = { title: 'Zoeken', summary: 'Een pagina met een gereserveerde naam.', publishedAt: '2026-01-01', _status: 'published' };
      expect((await rejectedPaths(payload.create({ collection: 'pages', data: { ...page, slug: 'zoeken' } }))).paths).toEqual(['slug']);
      expect((await rejectedPaths(payload.create({ collection: 'pages', data: { ...page, slug: 'praktijkvoorbeelden' } }))).paths).toEqual(['slug']);
    });

    it('rejects missing required fields on publish: themes, sectors, organisations', async () => {
      const { paths } = await rejectedPaths(
        payload.create({ collection: 'practice-examples', data: practiceExample(fx, { themes: [], sectors: [], organisations: [] }) }),
      );
      expect(paths.sort()).toEqual(['organisations', 'sectors', 'themes']);
    });
  });

  describe.skipIf(skip)('slugs and redirects', () => {
    it('derives the slug from the title on create', async () => {
      const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Samen sterk in Zeewolde & Almere!' }) });
      expect(doc.slug).toBe('samen-sterk-in-zeewolde-en-almere');
    });

    it('derives the slug on the first save with a title after an empty autosaved draft, then keeps it', async () => {
      const draft = await payload.create({ collection: 'practice-examples', data: { _status: 'draft' }, draft: true });
      const titled = await payload.update({ collection: 'practice-examples', id: draft.id, data: { title: 'Later getiteld' }, draft: true });
      expect(titled.slug).toBe('later-getiteld');
      const retitled = await payload.update({ collection: 'practice-examples', id: draft.id, data: { title: 'Andere titel' }, draft: true });
      expect(retitled.slug).toBe('later-getiteld');
    });

    it('adds the old path to redirectFrom when a published document changes its slug', async () => {
      const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'oude-naam' }) });
      const renamed = await payload.update({ collection: 'practice-examples', id: doc.id, data: { slug: 'nieuwe-naam' }, user: editor, overrideAccess: false });
      expect(renamed.redirectFrom).toEqual(['/praktijkvoorbeelden/oude-naam/']);
      const again = await payload.update({ collection: 'practice-examples', id: doc.id, data: { slug: 'derde-naam' } });
      expect(again.redirectFrom).toEqual(['/praktijkvoorbeelden/oude-naam/', '/praktijkvoorbeelden/nieuwe-naam/']);
      const page = await payload.create({ collection: 'pages', data: createInput('pages', { title: 'Over ons', summary: 'Wie wij zijn.', publishedAt: '2026-01-01', _status: 'published' }) });
      const movedPage = await payload.update({ collection: 'pages', id: page.id, data: { slug: 'over-schoolnabij' } });
      expect(movedPage.redirectFrom).toEqual(['/over-ons/']);
    });

    it('adds no redirect for a document that was never published', async () => {
      const doc = await payload.create({ collection: 'practice-examples', data: { title: 'Nooit gepubliceerd', _status: 'draft' }, draft: true });
      const renamed = await payload.update({ collection: 'practice-examples', id: doc.id, data: { slug: 'andere-naam' }, draft: true });
      expect(renamed.redirectFrom ?? []).toEqual([]);
    });

    it('keeps the redirect when the new slug is first saved as a draft and published later', async () => {
      const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'via-concept' }) });
      await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Tussenversie' }, draft: true });
      const published = await payload.update({ collection: 'practice-examples', id: doc.id, data: { slug: 'na-concept', _status: 'published' } });
      expect(published.redirectFrom).toEqual(['/praktijkvoorbeelden/via-concept/']);
    });
  });

  describe.skipIf(skip)('scheduled publishing', () => {
    it('publishes a scheduled draft when its time has come and the jobs queue runs', async () => {
      const draft = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Gepland voorbeeld', _status: 'draft' }), draft: true });
      const at = new Date(Date.now() + 3000);
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'practice-examples', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
        waitUntil: at,
      });
      const publicIds = async () => (await payload.find({ collection: 'practice-examples', overrideAccess: false, limit: 0 })).docs.map((d) => d.id);

      await payload.jobs.run();
      expect(await publicIds()).not.toContain(draft.id);

      await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 200));
      await payload.jobs.run();
      expect(await publicIds()).toContain(draft.id);
      const doc = await payload.findByID({ collection: 'practice-examples', id: draft.id });
      expect(doc._status).toBe('published');
    });
  });
});
