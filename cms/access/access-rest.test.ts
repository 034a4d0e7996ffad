/**
 * Access per role through Payload's REST API, on a real database: the exact HTTP status of every
 * operation, for visitors, editors and admins, on drafts and published documents and on users.
 */
import type { Payload } from 'payload';
import { createInput } from '../test/support/create-input.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceExample, type Fixtures } from '../test/support/fixtures.ts';
import type { TestCms } from '../test/support/payload.ts';
import { adapters, login, startStaffCms, type StaffCms } from '../test/support/roles.ts';

type Role = 'anonymous' | 'editor' | 'admin';
const roles: Role[] = ['anonymous', 'editor', 'admin'];
const staff = (role: Role) => role !== 'anonymous';

describe.each(adapters)('access through the REST API on $name', ({ adapter, skip }) => {
  let started: StaffCms;
  let cms: TestCms;
  let payload: Payload;
  let fx: Fixtures;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    if (skip) return;
    started = await startStaffCms(adapter);
    ({ cms, payload, fx } = started);
    tokens.editor = await login(cms, fx.editor);
    tokens.admin = await login(cms, fx.admin);
  });
  afterAll(async () => {
    await started?.cms.close();
  });

  describe.skipIf(skip)('by role', () => {
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
      // The media list is for staff; a visitor fetches a file a published document uses (media-access.test.ts).
      expect((await cms.rest('GET', '/api/media')).status).toBe(403);
      // Payload's own collections: scheduled jobs, locks, preferences.
      for (const slug of ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-kv']) {
        expect((await cms.rest('GET', `/api/${slug}`)).status, slug).toBe(403);
      }
    });

    it('editor: reads drafts, creates, updates, publishes and deletes content; no user management', async () => {
      const jwt = tokens.editor;
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
      expect(self.status).toBe(200);
      expect(((await self.json()) as { doc: { roles: string[] } }).doc.roles).toEqual(['editor']);
    });

    it('admin: manages users and roles', async () => {
      const jwt = tokens.admin;
      const created = await cms.rest('POST', '/api/users', { token: jwt, body: { email: 'rest@schoolnabij.test', password: 'rest-wachtwoord-1', roles: ['admin'] } });
      expect(created.status).toBe(201);
      const { doc } = (await created.json()) as { doc: { id: number | string; roles: string[] } };
      expect(doc.roles).toEqual(['admin']);
      expect((await cms.rest('DELETE', `/api/users/${doc.id}`, { token: jwt })).status).toBe(200);
      expect((await cms.rest('GET', '/api/users', { token: jwt })).status).toBe(200);
    });

    it('locks an account after 5 failed logins, saying so in Dutch', async () => {
      await payload.create({ collection: 'users', data: createInput('users', { email: 'slot@schoolnabij.test', password: 'goed-wachtwoord-1' }), overrideAccess: true });
      for (let i = 0; i < 5; i++) {
        const res = await cms.rest('POST', '/api/users/login', { body: { email: 'slot@schoolnabij.test', password: 'fout' } });
        expect(res.status).toBe(401);
      }
      const locked = await cms.rest('POST', '/api/users/login', { body: { email: 'slot@schoolnabij.test', password: 'goed-wachtwoord-1' } });
      expect(locked.status).toBe(401);
      const { errors } = (await locked.json()) as { errors: { message: string }[] };
      expect(errors.map((e) => e.message)).toEqual(['Deze gebruiker is vergrendeld wegens te veel mislukte inlogpogingen.']);
    });
  });

  describe.skipIf(skip)('matrix (role × draft/published × operation)', () => {
    async function contentDoc(role: Role, state: 'draft' | 'published') {
      const title = `Matrix ${role} ${state}`;
      const doc = state === 'draft'
        ? await payload.create({ collection: 'practice-examples', data: { title, _status: 'draft' }, draft: true })
        : await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title }), draft: false });
      return doc.id;
    }

    const cases = roles.flatMap((role) => (['draft', 'published'] as const).map((state) => ({ role, state })));
    it.each(cases)('$role on a $state practice example: read, create, update, delete', async ({ role, state }) => {
      const id = await contentDoc(role, state);
      const auth = { token: tokens[role] };
      const read = await cms.rest('GET', `/api/practice-examples/${id}?draft=true`, auth);
      expect(read.status).toBe(staff(role) || state === 'published' ? 200 : 404);
      const listed = (await (await cms.rest('GET', '/api/practice-examples?draft=true&limit=100', auth)).json()) as { docs: { id: unknown }[] };
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
});
