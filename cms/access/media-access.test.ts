/**
 * Uploads follow their documents, through the REST API on a real SQLite database: a visitor
 * fetches a file (and its media document) only while a published document uses it, as image,
 * attachment or Figure in the body; a file of a draft alone stays private, and the list of
 * media is for editors and admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Media } from '../payload-types.ts';
import { minimalPdf, pngFile, practiceExample } from '../test/support/fixtures.ts';
import { block, richText } from '../test/support/lexical.ts';
import { login, startStaffCms, type StaffCms } from '../test/support/roles.ts';

let started: StaffCms;
let editorToken: string;
const media: Record<'image' | 'draftPdf' | 'figure' | 'unused', Media> = {} as Record<'image' | 'draftPdf' | 'figure' | 'unused', Media>;
let draftId: number;

async function upload(name: string, file: { data: Buffer; mimetype: string; name: string; size: number }, alt?: string): Promise<Media> {
  return started.payload.create({ collection: 'media', data: alt ? { alt } : {}, file: { ...file, name }, overrideAccess: true });
}

beforeAll(async () => {
  started = await startStaffCms('sqlite');
  const { payload, fx } = started;
  editorToken = await login(started.cms, fx.editor);
  const pdf = minimalPdf();
  const pdfFile = { data: pdf, mimetype: 'application/pdf', name: 'x.pdf', size: pdf.length };
  media.image = await upload('schoolplein.png', await pngFile(), 'Het schoolplein');
  media.figure = await upload('klas.png', await pngFile(), 'De klas');
  media.unused = await upload('los.png', await pngFile(), 'Niet gebruikt');
  media.draftPdf = await upload('plan-concept.pdf', pdfFile);
  await payload.create({
    collection: 'practice-examples',
    data: practiceExample(fx, { title: 'Met beeld', image: media.image.id, body: richText(block({ blockType: 'figure', image: media.figure.id })) }),
  });
  draftId = (await payload.create({ collection: 'practice-examples', data: { title: 'Concept met bijlage', _status: 'draft', attachments: [{ title: 'Plan', src: media.draftPdf.id }] }, draft: true })).id;
});
afterAll(async () => {
  await started?.cms.close();
});

const get = (route: string, token?: string) => started.cms.rest('GET', route, { token });
const file = (m: Media) => `/api/media/file/${m.filename}`;

describe('a visitor', () => {
  it('fetches the image and the Figure of a published document, file and media document', async () => {
    for (const m of [media.image, media.figure]) {
      expect((await get(file(m))).status, m.filename!).toBe(200);
      expect((await get(`/api/media/${m.id}`)).status, m.filename!).toBe(200);
    }
  });

  it('gets neither a file attached to a draft alone nor an unused one', async () => {
    for (const m of [media.draftPdf, media.unused]) {
      expect((await get(file(m))).status, m.filename!).toBe(403);
      expect((await get(`/api/media/${m.id}`)).status, m.filename!).toBe(404);
    }
  });

  it('is refused the list of media', async () => {
    expect((await get('/api/media')).status).toBe(403);
    expect((await get('/api/media?where[filename][equals]=plan-concept.pdf')).status).toBe(403);
  });

  it('sees the image in a published document it reads', async () => {
    const { docs } = (await (await get('/api/practice-examples?depth=1')).json()) as { docs: { title: string; image?: Media | number }[] };
    expect(docs.find((d) => d.title === 'Met beeld')?.image).toMatchObject({ id: media.image.id, filename: 'schoolplein.png' });
  });

  it('gets the attachment while its document is published, and not after it is unpublished', async () => {
    const { payload, fx } = started;
    await payload.update({ collection: 'practice-examples', id: draftId, data: practiceExample(fx, { title: 'Concept met bijlage', attachments: [{ title: 'Plan', src: media.draftPdf.id }] }) });
    expect((await get(file(media.draftPdf))).status).toBe(200);
    await payload.update({ collection: 'practice-examples', id: draftId, data: { _status: 'draft' } });
    expect((await get(file(media.draftPdf))).status).toBe(403);
  });
});

it('an editor lists and fetches every upload, drafts and unused ones included', async () => {
  const res = await get('/api/media?limit=100', editorToken);
  expect(res.status).toBe(200);
  const { docs } = (await res.json()) as { docs: Media[] };
  expect(docs.map((d) => d.filename).sort()).toEqual(['klas.png', 'los.png', 'plan-concept.pdf', 'schoolplein.png']);
  for (const m of Object.values(media)) expect((await get(file(m), editorToken)).status, m.filename!).toBe(200);
});
