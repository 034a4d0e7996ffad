/**
 * "An abandoned Nieuw aanmaken leaves nothing behind", decided on the server: untouched drafts are
 * left out of the list views and the dashboard at once and removed once old, by an hourly job.
 * Local API, the list's own base filter and Payload's job runner on a real SQLite file; the clock
 * of the sweep is the test's.
 */
import type { Payload, Where } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentDrafts } from '../components/dashboard-data.ts';
import { createInput } from '../test/support/create-input.ts';
import { practiceExample, type Fixtures } from '../test/support/fixtures.ts';
import { startStaffCms, type StaffCms } from '../test/support/roles.ts';
import { REMOVE_UNTOUCHED_DRAFTS_TASK, sweepUntouchedDrafts, UNTOUCHED_DRAFT_MAX_AGE_MS } from './untouched-drafts.ts';

describe('untouched drafts', () => {
  let started: StaffCms;
  let payload: Payload;
  let fx: Fixtures;

  /** What the admin's create screen does on opening (@payloadcms/next, views/Document): an empty draft, as the editor. */
  const openCreateScreen = async (collection: 'practice-examples' | 'pages' = 'practice-examples') =>
    (await payload.create({ collection, data: {}, draft: true, depth: 0, user: started.editor, overrideAccess: false })).id;
  const autosave = (id: number, data: Record<string, unknown>) =>
    payload.update({ collection: 'practice-examples', id, data, draft: true, autosave: true, user: started.editor, overrideAccess: false });
  const exists = async (id: number) => (await payload.count({ collection: 'practice-examples', where: { id: { equals: id } } })).totalDocs === 1;
  /** The ids the admin's list view shows: Payload's list query with the collection's base filter. */
  const listed = async () => {
    const config = payload.collections['practice-examples'].config;
    const req = { payload, user: started.editor } as Parameters<NonNullable<typeof config.admin.baseFilter>>[0]['req'];
    const base = await config.admin.baseFilter?.({ req, limit: 10, page: 1, sort: '-updatedAt' });
    const where: Where = base ?? {};
    const { docs } = await payload.find({ collection: 'practice-examples', where, draft: true, pagination: false, depth: 0, user: started.editor, overrideAccess: false });
    return docs.map((doc) => doc.id).sort((a, b) => a - b);
  };
  const hoursFromNow = (hours: number) => () => new Date(Date.now() + hours * 3600_000);

  beforeAll(async () => {
    started = await startStaffCms('sqlite');
    ({ payload, fx } = started);
  });
  afterAll(async () => {
    await started?.cms.close();
  });

  it('leaves a draft that was opened and never written in out of the list and the dashboard at once', async () => {
    const typed = await openCreateScreen();
    await autosave(typed, { title: 'Getypt concept' });
    const untouched = await openCreateScreen();
    expect(await exists(untouched)).toBe(true);
    expect(await listed()).toEqual([typed]);
    expect((await recentDrafts(payload, started.editor)).map((d) => d.id)).toEqual([typed]);
    await payload.delete({ collection: 'practice-examples', id: typed });
    await payload.delete({ collection: 'practice-examples', id: untouched });
  });

  it('shows and keeps a draft once autosave has saved anything, even without a title', async () => {
    const id = await openCreateScreen();
    await autosave(id, { summary: 'Een eerste zin.' });
    const newest = await openCreateScreen();
    expect(await listed()).toContain(id);
    await sweepUntouchedDrafts(payload, 'practice-examples', { now: hoursFromNow(48) });
    expect(await exists(id)).toBe(true);
    await payload.delete({ collection: 'practice-examples', where: { id: { in: [id, newest] } } });
  });

  it('removes untouched drafts older than the maximum age, but never the newest document', async () => {
    const old = await openCreateScreen();
    const newest = await openCreateScreen();
    const justBefore = () => new Date(Date.now() + UNTOUCHED_DRAFT_MAX_AGE_MS - 60_000);
    expect(await sweepUntouchedDrafts(payload, 'practice-examples', { now: justBefore })).toEqual([old, newest]);
    expect(await exists(old)).toBe(true);

    expect(await sweepUntouchedDrafts(payload, 'practice-examples', { now: hoursFromNow(25) })).toEqual([newest]);
    expect([await exists(old), await exists(newest)]).toEqual([false, true]);
  });

  it('is swept by an hourly job of the CMS, which a list read never is', async () => {
    const young = await openCreateScreen();
    // As if opened two days ago: a create screen sends no date, but the API keeps one it is given.
    const old = (await payload.create({ collection: 'practice-examples', data: { createdAt: new Date(Date.now() - 48 * 3600_000).toISOString() }, draft: true, depth: 0 })).id;
    const newest = await openCreateScreen();
    expect(await listed()).not.toContain(young);
    expect(await listed()).not.toContain(old);
    expect([await exists(young), await exists(old)]).toEqual([true, true]);
    const task = payload.config.jobs.tasks?.find((t) => t.slug === REMOVE_UNTOUCHED_DRAFTS_TASK);
    expect(task?.schedule?.map((s) => s.cron)).toEqual(['0 17 * * * *']);
    const job = await payload.jobs.queue({ task: REMOVE_UNTOUCHED_DRAFTS_TASK, input: {} });
    await payload.jobs.runByID({ id: job.id });
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 }).catch(() => null);
    // Payload deletes a job once it has completed; one left behind would hold its error.
    expect(done?.hasError ?? false).toBe(false);
    expect([await exists(young), await exists(old)]).toEqual([true, false]);
    await payload.delete({ collection: 'practice-examples', where: { id: { in: [young, newest] } } });
  });

  it('keeps a draft created with a title, a published document, and other collections alike', async () => {
    const titled = (await payload.create({ collection: 'practice-examples', data: { title: 'Via de API' }, draft: true })).id;
    const published = (await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Openbaar' }) })).id;
    const theme = await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Leeg thema', description: 'x' }) });
    await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Nieuwste' }) });
    await sweepUntouchedDrafts(payload, 'practice-examples', { now: hoursFromNow(48) });
    await sweepUntouchedDrafts(payload, 'themes', { now: hoursFromNow(48) });
    expect([await exists(titled), await exists(published)]).toEqual([true, true]);
    expect(await listed()).toEqual(expect.arrayContaining([titled, published]));
    expect((await payload.count({ collection: 'themes', where: { id: { equals: theme.id } } })).totalDocs).toBe(1);
  });
});
