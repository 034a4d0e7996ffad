/**
 * The draft preview, with real parts: Payload on SQLite writes each saved draft into the preview
 * tree, the real preview server (npm run preview: Astro rendering the site's own layouts) shows
 * it to a holder of the CMS's signed link and to nobody else, and a published build of the same
 * CMS never contains it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPreviewState } from '../../contract/preview-state.ts';
import { previewLink } from '../preview/preview-links.ts';
import { previewSettingsOf } from '../preview/preview-settings.ts';
import { writePreview } from '../preview/write-preview.ts';
import { REBUILD_TASK } from '../publish/rebuild-task.ts';
import type { StoredDocument } from '../sync/cms-data.ts';
import { importContent } from '../sync/import.ts';
import { createInput } from './support/create-input.ts';
import { practiceExample, type Fixtures } from './support/fixtures.ts';
import { paragraph, richText, text } from './support/lexical.ts';
import { startTestCms, type TestCms } from './support/payload.ts';
import { previewPort, startPreviewServer, type PreviewServer } from './support/preview-server.ts';

const DRAFT_TITLE = 'Conceptvoorbeeld Zeewolde kwartelkoning';
const DRAFT_SCHOOL = 'Basisschool De Kwartelkoning';
const DRAFT_BODY = 'Het zorgteam van de kwartelkoning komt elke dinsdag samen.';
const PUBLISHED_TITLE = 'Gepubliceerd voorbeeld Urk stormvogel';

/** Every text of a built site, Pagefind's compressed index files unpacked. */
function builtText(dir: string): string {
  const texts: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    let text = bytes.toString('utf8');
    try {
      text += gunzipSync(bytes).toString('utf8');
    } catch {
      // not compressed
    }
    texts.push(text);
  }
  return texts.join('\n');
}

describe('the preview of a draft', () => {
  let cms: TestCms;
  let fixtures: Fixtures;
  let server: PreviewServer;
  let base = '';
  let draftId: number | string;
  let link = '';

  const editorReq = async () => {
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'redactie@schoolnabij.test' } }, overrideAccess: true });
    return createLocalReq({ user: { ...docs[0]!, collection: 'users' } }, cms.payload);
  };

  beforeAll(async () => {
    const { port, url } = await previewPort();
    base = url;
    cms = await startTestCms('sqlite', { PREVIEW_URL: base });
    await importContent({ payload: cms.payload, contentDir: path.resolve('content') });
    // The live site: built once from the CMS, as a publication would.
    await cms.payload.jobs.queue({ task: REBUILD_TASK, input: { reason: 'test' } });
    await cms.payload.jobs.run();
    await cms.payload.create({ collection: 'users', data: { email: 'beheer@schoolnabij.test', password: 'beheer-wachtwoord-1', roles: ['admin'] }, overrideAccess: true });
    await cms.payload.create({ collection: 'users', data: createInput('users', { email: 'redactie@schoolnabij.test', password: 'redactie-wachtwoord-1' }), overrideAccess: true });
    const theme = (await cms.payload.find({ collection: 'themes', limit: 1 })).docs[0]!;
    fixtures = { themeId: theme.id } as Fixtures;
    const draft = await cms.payload.create({
      collection: 'practice-examples',
      draft: true,
      data: practiceExample(fixtures, {
        title: DRAFT_TITLE,
        organisations: [{ name: DRAFT_SCHOOL, kind: 'school' }],
        body: richText(paragraph(text(DRAFT_BODY))),
        _status: 'draft',
      }),
    });
    draftId = draft.id;
    link = (await previewLink('practice-examples', { id: draftId }, await editorReq()))!;

    server = await startPreviewServer(cms.env, port);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await cms?.close();
  });

  it('writes each saved draft into the preview tree, never into content/', () => {
    const { dir, liveContentDir } = previewSettingsOf(cms.payload);
    const state = readPreviewState(dir, 'practice-examples', draftId);
    expect(state).toMatchObject({ problems: [], title: DRAFT_TITLE });
    const file = path.join(dir, 'content', 'practice-examples', `${state!.slug}.mdx`);
    expect(readFileSync(file, 'utf8')).toContain(DRAFT_SCHOOL);
    expect(builtText(liveContentDir)).not.toContain(DRAFT_TITLE);
  });

  it('shows an editor the draft in the site\'s own layout: title, fact box and body', async () => {
    expect(link.startsWith(`${base}/voorbeeld/practice-examples/${draftId}/?token=`)).toBe(true);
    const res = await fetch(link);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await res.text();
    expect(html).toContain(`<h1 data-pagefind-meta="title" data-pagefind-weight="10">${DRAFT_TITLE}</h1>`);
    expect(html).toMatch(/<h2[^>]*>In het kort<\/h2>/);
    expect(html).toContain(DRAFT_SCHOOL);
    expect(html).toContain(DRAFT_BODY);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('Bezoekers zien hem nog niet.');
  });

  it('shows nothing to anyone without the link: no page, no asset, no other document', async () => {
    expect(await previewLink('practice-examples', { id: draftId }, await createLocalReq({}, cms.payload))).toBeNull();
    const token = new URL(link).searchParams.get('token')!;
    const refused = [
      `${base}/voorbeeld/practice-examples/${draftId}/`,
      `${base}/voorbeeld/practice-examples/${draftId}/?token=${token.slice(0, -2)}xx`,
      // A link is for one document only.
      `${base}/voorbeeld/practice-examples/${String(draftId)}0/?token=${token}`,
      `${base}/praktijkvoorbeelden/`,
      `${base}/@vite/client`,
      `${base}/.data/`,
    ];
    for (const url of refused) {
      const res = await fetch(url);
      expect(res.status, url).toBe(401);
      const text = await res.text();
      expect(text, url).not.toContain(DRAFT_TITLE);
      expect(text, url).toContain('Dit voorbeeld is alleen voor redacteuren');
    }
  });

  it('lets the link\'s session load the page\'s own assets', async () => {
    const res = await fetch(link);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toMatch(/^schoolnabij-voorbeeld=/);
    expect((await fetch(`${base}/@vite/client`, { headers: { cookie } })).status).toBe(200);
  });

  it('tells an open preview when a newer version can be shown, so that it reloads', async () => {
    const opened = await fetch(link);
    const cookie = opened.headers.get('set-cookie')!.split(';')[0]!;
    const shown = /const shown="([0-9a-f]+)"/.exec(await opened.text())?.[1];
    expect(shown).toMatch(/^[0-9a-f]{16}$/);
    const versionNow = async () => (await (await fetch(`${base}/voorbeeld/practice-examples/${draftId}/versie/`, { headers: { cookie } })).json()).version;
    expect(await versionNow()).toBe(shown);
    // Behind the gate like the page.
    expect((await fetch(`${base}/voorbeeld/practice-examples/${draftId}/versie/`)).status).toBe(401);
    await cms.payload.update({ collection: 'practice-examples', id: draftId, draft: true, data: { summary: 'Een samenvatting die het open voorbeeld nog niet toont.' } });
    await expect.poll(versionNow, { timeout: 15_000 }).not.toBe(shown);
    // The state file changes before the content store has read the new file: the version
    // changes with both, so a page loaded in between is reloaded once more.
    let reloaded = '';
    await expect.poll(async () => (reloaded = await (await fetch(link)).text()), { timeout: 15_000 }).toContain('Een samenvatting die het open voorbeeld nog niet toont.');
    expect(reloaded).toContain(`const shown="${await versionNow()}"`);
  });

  it('follows the newest saved state, and says in Dutch what an incomplete draft still lacks', async () => {
    await cms.payload.update({ collection: 'practice-examples', id: draftId, draft: true, data: { summary: 'Nu met een nieuwe samenvatting over de kwartelkoning.' } });
    await expect.poll(async () => (await fetch(link)).text(), { timeout: 15_000 }).toContain('Nu met een nieuwe samenvatting over de kwartelkoning.');

    // An older version written late (a read that began before the newest autosave committed,
    // while both write at once) never replaces the newer one on screen.
    const newest = await cms.payload.findByID({ collection: 'practice-examples', id: draftId, draft: true, depth: 0 });
    const older = { ...newest, summary: 'Een oudere samenvatting.', updatedAt: new Date(Date.parse(String(newest.updatedAt)) - 1000).toISOString() };
    await Promise.all([
      writePreview(cms.payload, 'practice-examples', newest as unknown as StoredDocument),
      writePreview(cms.payload, 'practice-examples', older as unknown as StoredDocument),
    ]);
    const { dir } = previewSettingsOf(cms.payload);
    expect(readPreviewState(dir, 'practice-examples', draftId)?.updatedAt).toBe(newest.updatedAt);
    const afterRace = await (await fetch(link)).text();
    expect(afterRace).toContain('Nu met een nieuwe samenvatting over de kwartelkoning.');
    expect(afterRace).not.toContain('Een oudere samenvatting.');

    const incomplete = await cms.payload.create({ collection: 'practice-examples', draft: true, data: { title: 'Half af', _status: 'draft' } });
    const incompleteLink = await previewLink('practice-examples', incomplete, await editorReq());
    const html = await (await fetch(incompleteLink!)).text();
    expect(html).toContain('Dit concept kan nog niet worden getoond');
    expect(html).toContain('Samenvatting: nog niet ingevuld.');
  });

  it('never reaches a build: the published site has no page, file or search record of the draft', async () => {
    await cms.payload.create({ collection: 'practice-examples', data: practiceExample(fixtures, { title: PUBLISHED_TITLE }) });
    await cms.payload.jobs.run();
    const built = builtText(cms.env.SITE_DIST_DIR!);
    // The same search finds what was published, in the pages and in Pagefind's records.
    expect(built).toContain(PUBLISHED_TITLE);
    expect(builtText(path.join(cms.env.SITE_DIST_DIR!, 'pagefind'))).toContain(PUBLISHED_TITLE);
    for (const text of [DRAFT_TITLE, DRAFT_SCHOOL, DRAFT_BODY, 'voorbeeld/practice-examples']) expect(built).not.toContain(text);
  });
});
