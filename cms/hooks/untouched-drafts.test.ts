/**
 * The server side of "an abandoned Nieuw aanmaken leaves nothing": POST
 * /api/untouched-drafts/<collection>/<id> removes a draft exactly when nobody wrote in it.
 */
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInput } from '../test/support/create-input.ts';
import { practiceExample, type Fixtures } from '../test/support/fixtures.ts';
import type { TestCms } from '../test/support/payload.ts';
import { login, startStaffCms, type StaffCms } from '../test/support/roles.ts';

describe('discarding untouched drafts', () => {
  let started: StaffCms;
  let cms: TestCms;
  let payload: Payload;
  let fx: Fixtures;
  let token: string;

  /** What the admin's create screen does on opening: an empty draft. */
  const openCreateScreen = async () => (await payload.create({ collection: 'practice-examples', data: {}, draft: true, user: started.editor, overrideAccess: false })).id;
  const exists = async (id: number | string) => (await payload.count({ collection: 'practice-examples', where: { id: { equals: id } } })).totalDocs === 1;
  const discard = (id: number | string, auth: { token?: string } = { token }) => cms.rest('POST', `/api/untouched-drafts/practice-examples/${id}`, auth);

  beforeAll(async () => {
    started = await startStaffCms('sqlite');
    ({ cms, payload, fx } = started);
    token = await login(cms, fx.editor);
  });
  afterAll(async () => {
    await started?.cms.close();
  });

  it('removes a draft that was opened and never written in', async () => {
    const id = await openCreateScreen();
    const res = await discard(id);
    expect(res.status).toBe(204);
    expect(await exists(id)).toBe(false);
  });

  it('keeps a draft once autosave has saved anything, even without a title', async () => {
    const id = await openCreateScreen();
    await payload.update({ collection: 'practice-examples', id, data: { summary: 'Een eerste zin.' }, draft: true, autosave: true, user: started.editor, overrideAccess: false });
    expect((await discard(id)).status).toBe(204);
    expect(await exists(id)).toBe(true);
  });

  it('keeps a draft created with a title, and a published document', async () => {
    const titled = (await payload.create({ collection: 'practice-examples', data: { title: 'Via de API' }, draft: true })).id;
    const published = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Openbaar' }) })).id;
    await discard(titled);
    await discard(published);
    expect([await exists(titled), await exists(published)]).toEqual([true, true]);
  });

  it('refuses visitors, in Dutch, and removes nothing for them', async () => {
    const id = await openCreateScreen();
    const res = await discard(id, {});
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ message: 'Alleen voor redacteuren en beheerders.' });
    expect(await exists(id)).toBe(true);
  });

  it('leaves collections without autosave alone', async () => {
    const theme = await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Leeg thema', description: 'x' }) });
    expect((await cms.rest('POST', `/api/untouched-drafts/themes/${theme.id}`, { token })).status).toBe(204);
    expect((await payload.count({ collection: 'themes', where: { id: { equals: theme.id } } })).totalDocs).toBe(1);
  });
});
