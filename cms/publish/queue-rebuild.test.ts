/**
 * Which writes queue a site rebuild, and with which reason: read from the jobs queue itself,
 * without running the jobs (CMS_JOBS_AUTORUN is off in tests), so no build is needed.
 */
import type { Payload } from 'payload';
import { createInput } from '../test/support/create-input.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { practiceExample, seed, type Fixtures } from '../test/support/fixtures.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

describe('rebuilds queued by writes', () => {
  let cms: TestCms;
  let payload: Payload;
  let fx: Fixtures;

  /** The reasons of the rebuilds queued since the last call. */
  async function queued(): Promise<string[]> {
    const { docs } = await payload.find({ collection: 'payload-jobs', limit: 0, sort: 'createdAt' });
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } });
    return docs.map((job) => (job as unknown as { input: { reason: string } }).input.reason);
  }

  beforeAll(async () => {
    cms = await startTestCms();
    payload = cms.payload;
    fx = await seed(payload);
  });
  beforeEach(async () => {
    await queued();
  });
  afterAll(() => cms?.close());

  it('queues one for a published document, none for a draft of it, and one when it is unpublished', async () => {
    const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'wordt-gepubliceerd' }) });
    expect(await queued()).toEqual(['gepubliceerd: practice-examples/wordt-gepubliceerd']);
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Opnieuw gepubliceerd' } });
    expect(await queued()).toEqual(['gepubliceerd: practice-examples/wordt-gepubliceerd']);
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { _status: 'draft' } });
    expect(await queued()).toEqual(['offline gehaald: practice-examples/wordt-gepubliceerd']);
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Nog steeds een concept' }, draft: true });
    expect(await queued()).toEqual([]);
  });

  it('queues none for a draft saved over a published document, which stays public', async () => {
    const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'krijgt-een-concept' }) });
    await queued();
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Nog niet klaar' }, draft: true });
    expect(await queued()).toEqual([]);
    expect((await payload.findByID({ collection: 'practice-examples', id: doc.id, overrideAccess: false })).title).toBe(practiceExample(fx).title);
  });

  // Payload hands afterChange the newest draft as previousDoc: the hook must not rely on it.
  it('queues one when a published document with a newer draft is unpublished', async () => {
    const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'concept-en-offline' }) });
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Nog niet klaar' }, draft: true });
    await queued();
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { _status: 'draft' } });
    expect((await payload.find({ collection: 'practice-examples', overrideAccess: false, where: { id: { equals: doc.id } } })).totalDocs).toBe(0);
    expect(await queued()).toEqual(['offline gehaald: practice-examples/concept-en-offline']);
  });

  it('queues one when a published document is deleted, none for a deleted draft', async () => {
    const published = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'wordt-verwijderd' }) });
    const draft = await payload.create({ collection: 'practice-examples', data: { title: 'Alleen een concept', _status: 'draft' }, draft: true });
    expect(await queued()).toEqual(['gepubliceerd: practice-examples/wordt-verwijderd']);
    await payload.delete({ collection: 'practice-examples', id: draft.id });
    expect(await queued()).toEqual([]);
    await payload.delete({ collection: 'practice-examples', id: published.id });
    expect(await queued()).toEqual(['verwijderd: practice-examples/wordt-verwijderd']);
  });

  it('queues one for every change to a taxonomy entry', async () => {
    const theme = await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Verzuim', description: 'Leerlingen die vaak afwezig zijn.' }) });
    expect(await queued()).toEqual(['gewijzigd: themes/verzuim']);
    await payload.delete({ collection: 'themes', id: theme.id });
    expect(await queued()).toEqual(['verwijderd: themes/verzuim']);
  });

  it('queues nothing for writes made with the context skipRebuild, as the importer makes them', async () => {
    const doc = await payload.create({ collection: 'practice-examples', data: practiceExample(fx, { slug: 'geimporteerd' }), context: { skipRebuild: true } });
    await payload.create({ collection: 'themes', data: createInput('themes', { name: 'Geïmporteerd', description: 'Uit content/.' }), context: { skipRebuild: true } });
    await payload.delete({ collection: 'practice-examples', id: doc.id, context: { skipRebuild: true } });
    expect(await queued()).toEqual([]);
  });
});
