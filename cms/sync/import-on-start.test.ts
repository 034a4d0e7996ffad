import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '../../contract/index.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

// A file of its own: one CMS instance per test file.
let cms: TestCms | undefined;
afterAll(() => cms?.close());

it('imports content/ when the CMS starts on an empty database, so the admin shows what the site shows', async () => {
  const sample = path.resolve('content');
  cms = await startTestCms('sqlite', { CMS_IMPORT_ON_EMPTY: '1', CONTENT_DIR: sample });
  const { documents } = checkContent(sample);
  for (const collection of ['practice-examples', 'pages', 'events'] as const) {
    const { totalDocs } = await cms.payload.count({ collection, overrideAccess: false });
    expect(totalDocs, collection).toBe(documents.filter((d) => d.collection === collection).length);
  }
  // Nothing was queued: the site is already built from this content/.
  expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0);
});
