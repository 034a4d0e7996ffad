/**
 * Access per role through Payload's Local API with `overrideAccess: false`, on a real database:
 * what the predicates in roles.ts allow, and Forbidden (or NotFound, where a read constraint
 * hides the document) for everything else.
 */
import { Forbidden, NotFound, type Payload } from 'payload';
import { createInput } from '../test/support/create-input.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceExample, pngFile, type Fixtures } from '../test/support/fixtures.ts';
import { adapters, startStaffCms, type StaffCms } from '../test/support/roles.ts';

describe.each(adapters)('access through the Local API on $name', ({ adapter, skip }) => {
  let cms: StaffCms;
  let payload: Payload;
  let fx: Fixtures;
  let publishedId: number | string;
  let draftId: number | string;

  beforeAll(async () => {
    if (skip) return;
    cms = await startStaffCms(adapter);
    ({ payload, fx } = cms);
    publishedId = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Openbaar voorbeeld' }) })).id;
    draftId = (await payload.create({ collection: 'practice-examples', data: { title: 'Geheim concept', _status: 'draft' }, draft: true })).id;
  });
  afterAll(async () => {
    await cms?.cms.close();
  });

  describe.skipIf(skip)('roles', () => {
    it('makes the very first user an admin and later users editors', () => {
      expect(cms.admin.roles).toEqual(['admin']);
      expect(cms.editor.roles).toEqual(['editor']);
    });
  });

  describe.skipIf(skip)('anonymous visitors', () => {
    it('read published documents only, never drafts', async () => {
      const { docs } = await payload.find({ collection: 'practice-examples', overrideAccess: false, draft: true });
      expect(docs.map((d) => d.id)).toContain(publishedId);
      expect(docs.map((d) => d.id)).not.toContain(draftId);
      await expect(payload.findByID({ collection: 'practice-examples', id: draftId, overrideAccess: false })).rejects.toThrow(NotFound);
    });

    it('see the published version, not a newer draft of it', async () => {
      const id = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Eerste versie', slug: 'eerste-versie' }) })).id;
      await payload.update({ collection: 'practice-examples', id, data: { title: 'Nog niet klaar' }, draft: true, user: cms.editor, overrideAccess: false });
      const visible = await payload.findByID({ collection: 'practice-examples', id, overrideAccess: false, draft: true });
      expect(visible.title).toBe('Eerste versie');
      const asEditor = await payload.findByID({ collection: 'practice-examples', id, overrideAccess: false, user: cms.editor, draft: true });
      expect(asEditor.title).toBe('Nog niet klaar');
    });

    it('cannot create, update or delete content, and are told so in Dutch', async () => {
      const create = payload.create({ collection: 'practice-examples', data: practiceExample(fx), overrideAccess: false });
      await expect(create).rejects.toThrow(Forbidden);
      await expect(create).rejects.toThrow('U mag deze actie niet uitvoeren.');
      await expect(payload.update({ collection: 'practice-examples', id: publishedId, data: { title: 'Gekaapt' }, overrideAccess: false })).rejects.toThrow(Forbidden);
      await expect(payload.delete({ collection: 'practice-examples', id: publishedId, overrideAccess: false })).rejects.toThrow(Forbidden);
      await expect(payload.create({ collection: 'themes', data: createInput('themes', { name: 'X', description: 'Y' }), overrideAccess: false })).rejects.toThrow(Forbidden);
      await expect(payload.create({ collection: 'media', data: { alt: 'Een vlak' }, file: await pngFile('anoniem.png'), overrideAccess: false })).rejects.toThrow(Forbidden);
      expect((await payload.findByID({ collection: 'practice-examples', id: publishedId })).title).toBe('Openbaar voorbeeld');
    });

    it('read taxonomies and the media published documents use, but never users', async () => {
      const media = await payload.create({ collection: 'media', data: { alt: 'Een groen vlak' }, file: await pngFile('openbaar.png') });
      const unused = await payload.create({ collection: 'media', data: { alt: 'Een los vlak' }, file: await pngFile('los.png') });
      await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Met afbeelding', image: media.id }) });
      expect((await payload.find({ collection: 'themes', overrideAccess: false })).docs.map((d) => d.id)).toContain(fx.themeId);
      expect((await payload.find({ collection: 'people', overrideAccess: false })).docs.map((d) => d.id)).toContain(fx.personId);
      const visible = (await payload.find({ collection: 'media', overrideAccess: false })).docs.map((d) => d.id);
      expect(visible).toContain(media.id);
      expect(visible).not.toContain(unused.id);
      await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(Forbidden);
      await expect(payload.findByID({ collection: 'users', id: fx.admin.id, overrideAccess: false })).rejects.toThrow(Forbidden);
    });
  });

  describe.skipIf(skip)('editors', () => {
    it('read drafts and create, edit, publish and delete content', async () => {
      const { editor } = cms;
      const draft = await payload.findByID({ collection: 'practice-examples', id: draftId, overrideAccess: false, user: editor, draft: true });
      expect(draft.title).toBe('Geheim concept');
      const created = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Van de redactie', _status: 'draft' }), draft: true, overrideAccess: false, user: editor });
      const published = await payload.update({ collection: 'practice-examples', id: created.id, data: { _status: 'published' }, overrideAccess: false, user: editor });
      expect(published._status).toBe('published');
      await payload.delete({ collection: 'practice-examples', id: created.id, overrideAccess: false, user: editor });
      await expect(payload.findByID({ collection: 'practice-examples', id: created.id })).rejects.toThrow(NotFound);
      const theme = await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Nieuw thema', description: 'Uitleg.' }), overrideAccess: false, user: editor });
      await payload.delete({ collection: 'themes', id: theme.id, overrideAccess: false, user: editor });
      expect((await payload.count({ collection: 'themes', where: { id: { equals: theme.id } } })).totalDocs).toBe(0);
    });

    it('upload media but do not manage users or roles', async () => {
      const { editor } = cms;
      const media = await payload.create({ collection: 'media', data: { alt: 'Een groen vlak' }, file: await pngFile('redactie.png'), overrideAccess: false, user: editor });
      expect(media.mimeType).toBe('image/png');
      await expect(payload.create({ collection: 'users', data: createInput('users', { email: 'nieuw@schoolnabij.test', password: 'x-wachtwoord-1' }), overrideAccess: false, user: editor })).rejects.toThrow(Forbidden);
      await expect(payload.update({ collection: 'users', id: fx.admin.id, data: { name: 'Gekaapt' }, overrideAccess: false, user: editor })).rejects.toThrow(Forbidden);
      await expect(payload.delete({ collection: 'users', id: fx.admin.id, overrideAccess: false, user: editor })).rejects.toThrow(Forbidden);
      // Another user's account is hidden from an editor, as if it did not exist.
      await expect(payload.findByID({ collection: 'users', id: fx.admin.id, overrideAccess: false, user: editor })).rejects.toThrow(NotFound);
      expect((await payload.findByID({ collection: 'users', id: fx.admin.id })).name).not.toBe('Gekaapt');
      // An editor may edit their own account, but not make themselves admin.
      const self = await payload.update({ collection: 'users', id: fx.editor.id, data: { name: 'Redacteur', roles: ['admin'] }, overrideAccess: false, user: editor });
      expect(self.name).toBe('Redacteur');
      expect(self.roles).toEqual(['editor']);
      const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: editor });
      expect(docs.map((d) => d.id)).toEqual([fx.editor.id]);
    });
  });

  describe.skipIf(skip)('admins', () => {
    it('create users, change roles and delete users', async () => {
      const { admin } = cms;
      const user = await payload.create({ collection: 'users', data: createInput('users', { email: 'tijdelijk@schoolnabij.test', password: 'tijdelijk-wachtwoord-1' }), overrideAccess: false, user: admin });
      expect(user.roles).toEqual(['editor']);
      const promoted = await payload.update({ collection: 'users', id: user.id, data: { roles: ['admin', 'editor'] }, overrideAccess: false, user: admin });
      expect(promoted.roles).toEqual(['admin', 'editor']);
      await payload.delete({ collection: 'users', id: user.id, overrideAccess: false, user: admin });
      const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: 'tijdelijk@schoolnabij.test' } } });
      expect(totalDocs).toBe(0);
    });
  });
});
