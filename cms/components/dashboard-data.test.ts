/** What the dashboard lists, read through the Local API on a real database as the editor reads it. */
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceExample, type Fixtures } from '../test/support/fixtures.ts';
import { startStaffCms, type StaffCms } from '../test/support/roles.ts';
import { plannedPublications, recentDrafts } from './dashboard-data.ts';

describe('the dashboard', () => {
  let started: StaffCms;
  let payload: Payload;
  let fx: Fixtures;

  beforeAll(async () => {
    started = await startStaffCms('sqlite');
    ({ payload, fx } = started);
  });
  afterAll(async () => {
    await started?.cms.close();
  });

  it('lists the drafts newest first, across collections, and not what is published', async () => {
    const older = await payload.create({ collection: 'practice-examples', data: { title: 'Ouder concept' }, draft: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const page = await payload.create({ collection: 'pages', data: { title: 'Concept van een pagina' }, draft: true });
    await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Al gepubliceerd' }) });
    const drafts = await recentDrafts(payload, started.editor);
    expect(drafts.map((d) => [d.kind, d.title, d.id])).toEqual([
      ['Achtergrond', 'Concept van een pagina', page.id],
      ['Praktijkvoorbeeld', 'Ouder concept', older.id],
    ]);
  });

  it('lists a published document with a newer draft under its draft title', async () => {
    const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Eerste titel' }) });
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Nieuwe titel' }, draft: true });
    expect((await recentDrafts(payload, started.editor))[0]).toMatchObject({ collection: 'practice-examples', id: doc.id, title: 'Nieuwe titel' });
  });

  it('lists planned publications and unpublications soonest first, and drops those that ran', async () => {
    const later = await payload.create({ collection: 'practice-examples', data: { title: 'Later publiceren' }, draft: true });
    const sooner = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { title: 'Straks offline' }) });
    const queue = (id: number, type: 'publish' | 'unpublish', waitUntil: Date) =>
      payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'practice-examples', value: id } }, waitUntil });
    const inADay = new Date(Date.now() + 24 * 3600_000);
    const inAnHour = new Date(Date.now() + 3600_000);
    await queue(later.id, 'publish', inADay);
    await queue(sooner.id, 'unpublish', inAnHour);
    const done = await queue(later.id, 'publish', new Date(Date.now() + 1000));
    await payload.update({ collection: 'payload-jobs', id: done.id, data: { completedAt: new Date().toISOString() } });

    expect(await plannedPublications(payload, started.editor)).toEqual([
      { collection: 'practice-examples', kind: 'Praktijkvoorbeeld', id: sooner.id, title: 'Straks offline', at: inAnHour.toISOString(), action: 'offline halen' },
      { collection: 'practice-examples', kind: 'Praktijkvoorbeeld', id: later.id, title: 'Later publiceren', at: inADay.toISOString(), action: 'publiceren' },
    ]);
  });
});
