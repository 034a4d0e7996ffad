import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

// The media folder of an earlier database: what is left after `.data/cms.db` is removed.
const dataDir = mkdtempSync(path.join(tmpdir(), 'schoolnabij-leftover-media-'));
let cms: TestCms | undefined;
afterAll(async () => {
  await cms?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('imports content/ into a new database whose media folder still holds the same files, keeping their names', async () => {
  const sample = path.resolve('content');
  mkdirSync(path.join(dataDir, 'media'));
  cpSync(path.join(sample, 'media'), path.join(dataDir, 'media'), { recursive: true });
  // A leftover of the same name but other bytes is not this file: the upload is numbered instead.
  writeFileSync(path.join(dataDir, 'media', 'other.jpg'), 'not the same bytes');

  cms = await startTestCms('sqlite', {
    CMS_DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`,
    CMS_IMPORT_ON_EMPTY: '1',
    CONTENT_DIR: sample,
  });

  const stored = (await cms.payload.find({ collection: 'media', pagination: false, overrideAccess: true })).docs.map((m) => m.filename).sort();
  expect(stored).toEqual(readdirSync(path.join(sample, 'media')).sort());
  expect((await cms.payload.count({ collection: 'practice-examples', overrideAccess: true })).totalDocs).toBeGreaterThan(0);

  const photo = readFileSync(path.join(sample, 'media', 'samen-aan-tafel.jpg'));
  const upload = await cms.payload.create({
    collection: 'media',
    data: { alt: 'Een ander bestand' },
    file: { name: 'other.jpg', data: photo, mimetype: 'image/jpeg', size: photo.length },
    overrideAccess: true,
  });
  expect(upload.filename).toBe('other-1.jpg');
});
