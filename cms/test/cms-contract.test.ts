/**
 * The CMS contract, on a real database through Payload's Local API and REST API: access per role,
 * validation as strict as contract/, redirects on slug changes, scheduled publishing.
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
  let admin: User;
  let editor: User;

  beforeAll(async () => {
    if (skip) return;
    cms = await startTestCms(adapter);
    payload = cms.payload;
    fx = await seed(payload);
    admin = { ...(await payload.findByID({ collection: 'users', id: fx.admin.id })), collection: 'users' };
    editor = { ...(await payload.findByID({ collection: 'users', id: fx.editor.id })), collection: 'users' };
  });
  afterAll(async () => {
    await cms?.close();
  });

  async function token(user: { email: string; password: string }): Promise<string> {
    const res = await cms.rest('POST', '/api/users/login', { body: { email: user.email, password: user.password } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  }

  describe.skipIf(skip)('roles', () => {
    it('makes the very first user an admin and later users editors', () => {
      expect(admin.roles).toEqual(['admin']);
      expect(editor.roles).toEqual(['editor']);
    });
  });

  describe.skipIf(skip)('access through the Local API', () => {
    let publishedId: number | string;
    let draftId: number | string;

    beforeAll(async () => {
      if (skip) return;
      publishedId = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Openbaar voorbeeld' }) })).id;
      draftId = (
        await payload.create({
          collection: 'practice-examples',
          data: { title: 'Geheim concept', _status: 'draft' },
          draft: true,
        })
      ).id;
    });

    it('anonymous visitors read published documents only, never drafts', async () => {
      const { docs } = await payload.find({ collection: 'practice-examples', overrideAccess: false, draft: true });
      expect(docs.map((d) => d.id)).toContain(publishedId);
      expect(docs.map((d) => d.id)).not.toContain(draftId);
      await expect(payload.findByID({ collection: 'practice-examples', id: draftId, overrideAccess: false })).rejects.toThrow();
    });

    it('anonymous visitors see the published version, not a newer draft of it', async () => {
      const id = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Eerste versie', slug: 'eerste-versie' }) })).id;
      await payload.update({ collection: 'practice-examples', id, data: { title: 'Nog niet klaar' }, draft: true, user: editor, overrideAccess: false });
      const visible = await payload.findByID({ collection: 'practice-examples', id, overrideAccess: false, draft: true });
      expect(visible.title).toBe('Eerste versie');
      const asEditor = await payload.findByID({ collection: 'practice-examples', id, overrideAccess: false, user: editor, draft: true });
      expect(asEditor.title).toBe('Nog niet klaar');
    });

    it('anonymous visitors cannot create, update or delete content', async () => {
      await expect(payload.create({ collection: 'practice-examples', data: practiceExample(fx), overrideAccess: false })).rejects.toThrow(/niet uitvoeren/);
      await expect(payload.update({ collection: 'practice-examples', id: publishedId, data: { title: 'Gekaapt' }, overrideAccess: false })).rejects.toThrow();
      await expect(payload.delete({ collection: 'practice-examples', id: publishedId, overrideAccess: false })).rejects.toThrow();
      await expect(payload.create({ collection: 'themes', data: createInput('themes', { name: 'X', description: 'Y' }), overrideAccess: false })).rejects.toThrow();
    });

    it('anonymous visitors read taxonomies and media, but never users', async () => {
      expect((await payload.find({ collection: 'themes', overrideAccess: false })).totalDocs).toBeGreaterThan(0);
      expect((await payload.find({ collection: 'people', overrideAccess: false })).totalDocs).toBeGreaterThan(0);
      await expect(payload.find({ collection: 'media', overrideAccess: false })).resolves.toBeDefined();
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow();
    });

    it('editors read drafts and create, edit, publish and delete content', async () => {
      const draft = await payload.findByID({ collection: 'practice-examples', id: draftId, overrideAccess: false, user: editor, draft: true });
      expect(draft.title).toBe('Geheim concept');
      const created = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Van de redactie', _status: 'draft' }), draft: true, overrideAccess: false, user: editor });
      const published = await payload.update({ collection: 'practice-examples', id: created.id, data: { _status: 'published' }, overrideAccess: false, user: editor });
      expect(published._status).toBe('published');
      await payload.delete({ collection: 'practice-examples', id: created.id, overrideAccess: false, user: editor });
      await expect(payload.findByID({ collection: 'practice-examples', id: created.id })).rejects.toThrow();
      const theme = await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Nieuw thema', description: 'Uitleg.' }), overrideAccess: false, user: editor });
      await payload.delete({ collection: 'themes', id: theme.id, overrideAccess: false, user: editor });
    });

    it('editors upload media but do not manage users or roles', async () => {
      const media = await payload.create({ collection: 'media', data: { alt: 'Een groen vlak' }, file: await pngFile('redactie.png'), overrideAccess: false, user: editor });
      expect(media.mimeType).toBe('image/png');
      await expect(payload.create({ collection: 'users', data: createInput('users', { email: 'nieuw@schoolnabij.test', password: 'x-wachtwoord-1' }), overrideAccess: false, user: editor })).rejects.toThrow();
      await expect(payload.update({ collection: 'users', id: fx.admin.id, data: { name: 'Gekaapt' }, overrideAccess: false, user: editor })).rejects.toThrow();
      await expect(payload.delete({ collection: 'users', id: fx.admin.id, overrideAccess: false, user: editor })).rejects.toThrow();
      // An editor may edit their own account, but not make themselves admin.
      const self = await payload.update({ collection: 'users', id: fx.editor.id, data: { name: 'Redacteur', roles: ['admin'] }, overrideAccess: false, user: editor });
      expect(self.name).toBe('Redacteur');
      expect(self.roles).toEqual(['editor']);
      const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: editor });
      expect(docs.map((d) => d.id)).toEqual([fx.editor.id]);
    });

    it('admins create users, change roles and delete users', async () => {
      const user = await payload.create({ collection: 'users', data: createInput('users', { email: 'tijdelijk@schoolnabij.test', password: 'tijdelijk-1' }), overrideAccess: false, user: admin });
      expect(user.roles).toEqual(['editor']);
      const promoted = await payload.update({ collection: 'users', id: user.id, data: { roles: ['admin', 'editor'] }, overrideAccess: false, user: admin });
      expect(promoted.roles).toEqual(['admin', 'editor']);
      await payload.delete({ collection: 'users', id: user.id, overrideAccess: false, user: admin });
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'tijdelijk@schoolnabij.test' } } });
      expect(totalDocs).toBe(0);
    });
  });

  describe.skipIf(skip)('access through the REST API', () => {
    let publishedId: number | string;
    let draftId: number | string;

    beforeAll(async () => {
      if (skip) return;
      publishedId = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'REST openbaar', slug: 'rest-openbaar' }) })).id;
      draftId = (await payload.create({ collection: 'practice-examples', data: { title: 'REST concept', _status: 'draft' }, draft: true })).id;
    });

    it('anonymous: published documents only, no drafts, no versions, no users, no writes', async () => {
      const list = (await (await cms.rest('GET', '/api/practice-examples?draft=true&limit=100')).json()) as { docs: { id: unknown }[] };
      expect(list.docs.map((d) => d.id)).toContain(publishedId);
      expect(list.docs.map((d) => d.id)).not.toContain(draftId);
      expect((await cms.rest('GET', `/api/practice-examples/${draftId}?draft=true`)).status).toBe(404);
      expect((await cms.rest('GET', '/api/practice-examples/versions')).status).toBe(403);
      expect((await cms.rest('GET', '/api/users')).status).toBe(403);
      expect((await cms.rest('POST', '/api/practice-examples', { body: practiceExample(fx) })).status).toBe(403);
      expect((await cms.rest('PATCH', `/api/practice-examples/${publishedId}`, { body: { title: 'Gekaapt' } })).status).toBe(403);
      expect((await cms.rest('DELETE', `/api/practice-examples/${publishedId}`)).status).toBe(403);
      expect((await cms.rest('GET', '/api/themes')).status).toBe(200);
      expect((await cms.rest('GET', '/api/media')).status).toBe(200);
      // Payload's own collections: scheduled jobs, locks, preferences.
      for (const slug of ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-kv']) {
        expect((await cms.rest('GET', `/api/${slug}`)).status, slug).toBe(403);
      }
    });

    it('editor: reads drafts, creates, updates, publishes and deletes content; no user management', async () => {
      const jwt = await token(fx.editor);
      expect((await cms.rest('GET', `/api/practice-examples/${draftId}?draft=true`, { token: jwt })).status).toBe(200);
      const created = await cms.rest('POST', '/api/practice-examples?draft=true', { token: jwt, body: { title: 'Via REST', _status: 'draft' } });
      expect(created.status).toBe(201);
      const { doc } = (await created.json()) as { doc: { id: number | string } };
      const published = await cms.rest('PATCH', `/api/practice-examples/${doc.id}`, { token: jwt, body: practiceExample(fx, { title: 'Via REST' }) });
      expect(published.status).toBe(200);
      expect(((await published.json()) as { doc: { _status: string } }).doc._status).toBe('published');
      expect((await cms.rest('DELETE', `/api/practice-examples/${doc.id}`, { token: jwt })).status).toBe(200);
      expect((await cms.rest('POST', '/api/users', { token: jwt, body: { email: 'x@schoolnabij.test', password: 'x-wachtwoord-1' } })).status).toBe(403);
      expect((await cms.rest('DELETE', `/api/users/${fx.admin.id}`, { token: jwt })).status).toBe(403);
      const self = await cms.rest('PATCH', `/api/users/${fx.editor.id}`, { token: jwt, body: { roles: ['admin'] } });
      expect(((await self.json()) as { doc: { roles: string[] } }).doc.roles).toEqual(['editor']);
    });

    it('admin: manages users and roles', async () => {
      const jwt = await token(fx.admin);
      const created = await cms.rest('POST', '/api/users', { token: jwt, body: { email: 'rest@schoolnabij.test', password: 'rest-wachtwoord-1', roles: ['admin'] } });
      expect(created.status).toBe(201);
      const { doc } = (await created.json()) as { doc: { id: number | string; roles: string[] } };
      expect(doc.roles).toEqual(['admin']);
      expect((await cms.rest('DELETE', `/api/users/${doc.id}`, { token: jwt })).status).toBe(200);
      expect((await cms.rest('GET', '/api/users', { token: jwt })).status).toBe(200);
    });

    it('locks an account after 5 failed logins', async () => {
      await payload.create({ collection: 'users', data: createInput('users', { email: 'slot@schoolnabij.test', password: 'goed-wachtwoord-1' }), overrideAccess: true });
      for (let i = 0; i < 5; i++) {
        const res = await cms.rest('POST', '/api/users/login', { body: { email: 'slot@schoolnabij.test', password: 'fout' } });
        expect(res.status).toBe(401);
      }
      const locked = await cms.rest('POST', '/api/users/login', { body: { email: 'slot@schoolnabij.test', password: 'goed-wachtwoord-1' } });
      expect(locked.status).not.toBe(200);
    });
  });

  describe.skipIf(skip)('access matrix through the REST API (role × draft/published × operation)', () => {
    type Role = 'anonymous' | 'editor' | 'admin';
    const roles: Role[] = ['anonymous', 'editor', 'admin'];
    const tokens: Partial<Record<Role, string>> = {};
    const staff = (role: Role) => role !== 'anonymous';

    beforeAll(async () => {
      if (skip) return;
      tokens.editor = await token(fx.editor);
      tokens.admin = await token(fx.admin);
    });

    async function contentDoc(role: Role, state: 'draft' | 'published') {
      const title = `Matrix ${role} ${state}`;
      const doc =
        state === 'draft'
          ? await payload.create({ collection: 'practice-examples', data: { title, _status: 'draft' }, draft: true })
          : await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title }) });
      return doc.id;
    }

    const cases = roles.flatMap((role) => (['draft', 'published'] as const).map((state) => ({ role, state })));
    it.each(cases)('$role on a $state practice example: read, create, update, delete', async ({ role, state }) => {
      const id = await contentDoc(role, state);
      const auth = { token: tokens[role] };
      const read = await cms.rest('GET', `/api/practice-examples/${id}?draft=true`, auth);
      expect(read.status).toBe(staff(role) || state === 'published' ? 200 : 404);
      const listed = (await (await cms.rest('GET', '/api/practice-examples?draft=true&limit=0', auth)).json()) as { docs: { id: unknown }[] };
      expect(listed.docs.some((d) => d.id === id)).toBe(staff(role) || state === 'published');
      const title = `Nieuw ${role} ${state}`;
      const body = state === 'draft' ? { title, _status: 'draft' } : practiceExample(fx, { title });
      const created = await cms.rest('POST', `/api/practice-examples${state === 'draft' ? '?draft=true' : ''}`, { ...auth, body });
      expect(created.status).toBe(staff(role) ? 201 : 403);
      const updated = await cms.rest('PATCH', `/api/practice-examples/${id}${state === 'draft' ? '?draft=true' : ''}`, { ...auth, body: { title: 'Gewijzigd' } });
      expect(updated.status).toBe(staff(role) ? 200 : 403);
      const deleted = await cms.rest('DELETE', `/api/practice-examples/${id}`, auth);
      expect(deleted.status).toBe(staff(role) ? 200 : 403);
    });

    it.each(roles)('%s on users: read, create, update, delete', async (role) => {
      const other = await payload.create({ collection: 'users', data: createInput('users', { email: `ander-${role}@schoolnabij.test`, password: 'ander-wachtwoord-1' }), overrideAccess: true });
      const auth = { token: tokens[role] };
      expect((await cms.rest('GET', `/api/users/${other.id}`, auth)).status).toBe(role === 'admin' ? 200 : role === 'editor' ? 404 : 403);
      const list = await cms.rest('GET', '/api/users', auth);
      expect(list.status).toBe(role === 'anonymous' ? 403 : 200);
      const created = await cms.rest('POST', '/api/users', { ...auth, body: { email: `nieuw-${role}@schoolnabij.test`, password: 'nieuw-wachtwoord-1' } });
      expect(created.status).toBe(role === 'admin' ? 201 : 403);
      const updated = await cms.rest('PATCH', `/api/users/${other.id}`, { ...auth, body: { roles: ['admin'] } });
      expect(updated.status).toBe(role === 'admin' ? 200 : 403);
      const after = await payload.findByID({ collection: 'users', id: other.id });
      expect(after.roles).toEqual(role === 'admin' ? ['admin'] : ['editor']);
      const deleted = await cms.rest('DELETE', `/api/users/${other.id}`, auth);
      expect(deleted.status).toBe(role === 'admin' ? 200 : 403);
    });
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
