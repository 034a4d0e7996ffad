import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validPracticeExample, writeDocument } from '../../test/support/content-fixture.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';
import { importContent } from './import.ts';

// A body Payload's importer cannot hold: the import fails on it (import-errors.test.ts has the message).
const BROKEN = 'Tekst.\n\n<Callout title="Let op">\nEerste regel.\n\\</Callout>\nTweede regel.\n</Callout>\n';

describe('the import is one transaction', () => {
  let cms: TestCms;
  let dir: string;
  beforeAll(async () => {
    cms = await startTestCms();
    dir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-import-tx-'));
  });
  afterAll(async () => {
    await cms?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves the database as it was when a document fails, and imports everything once the file is fixed', async () => {
    const content = path.join(dir, 'content');
    mkdirSync(path.join(content, 'practice-examples'), { recursive: true });
    for (const name of ['themes.yaml', 'regions.yaml', 'people.yaml']) copyFileSync(path.resolve('content', name), path.join(content, name));
    // "a-…" is created before "b-…" fails: without the transaction it and the taxonomies stayed behind.
    writeDocument(content, 'practice-examples', 'a-heel', validPracticeExample(content));
    writeDocument(content, 'practice-examples', 'b-kapot', validPracticeExample(content), BROKEN);
    const count = async () =>
      Object.fromEntries(
        await Promise.all((['themes', 'regions', 'people', 'practice-examples'] as const).map(async (c) => [c, (await cms.payload.count({ collection: c })).totalDocs])),
      );

    await expect(importContent({ payload: cms.payload, contentDir: content })).rejects.toThrow(/b-kapot\.mdx: body: line \d+/);
    expect(await count()).toEqual({ themes: 0, regions: 0, people: 0, 'practice-examples': 0 });

    writeDocument(content, 'practice-examples', 'b-kapot', validPracticeExample(content));
    const summary = await importContent({ payload: cms.payload, contentDir: content });
    expect(summary).toMatchObject({ updated: 0, unchanged: 0 });
    const counts = await count();
    expect(counts['practice-examples']).toBe(2);
    expect(counts.themes).toBeGreaterThan(0);
    // Later writes outside the import reach the database: the transaction's connection was released.
    const doc = (await cms.payload.find({ collection: 'practice-examples', where: { slug: { equals: 'a-heel' } } })).docs[0]!;
    await cms.payload.update({ collection: 'practice-examples', id: doc.id, data: { title: 'Een nieuwe titel voor de proef' }, context: { skipRebuild: true } });
    expect((await cms.payload.findByID({ collection: 'practice-examples', id: doc.id })).title).toBe('Een nieuwe titel voor de proef');
  });
});
