/**
 * The CMS part of the benchmark, in a process of its own (Payload sets up one database per
 * process): import a generated content/ into an empty SQLite CMS, export it again, then
 * publish changed documents one after another and time each rebuild job that brings one live
 * (issue 16 asks for the p95 over 10 publishes).
 * Usage: node bench/cms-sync.ts <content dir> <work dir> [--import-export-only] [--publishes=N];
 * prints one JSON line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getPayload } from 'payload';
import { buildCmsConfig } from '../cms/config.ts';
import { REBUILD_TASK } from '../cms/publish/rebuild-task.ts';
import { exportContent } from '../cms/sync/export.ts';
import { importContent } from '../cms/sync/import.ts';
import { documentPath } from '../contract/vocabulary.ts';

const [contentDir, work] = process.argv.slice(2) as [string, string];
const env = {
  ...process.env,
  CMS_DATA_DIR: path.join(work, 'cms'),
  DATABASE_URL: `file:${path.join(work, 'cms', 'cms.db')}`,
  PAYLOAD_SECRET: 'bench-secret-0123456789',
  CMS_JOBS_AUTORUN: '0',
  CMS_IMPORT_ON_EMPTY: '0',
  CMS_LOG_LEVEL: 'error',
  CONTENT_DIR: path.join(work, 'published'),
  SITE_DIST_DIR: path.join(work, 'published-dist'),
};
// No HMR socket to a running `next dev` (see cms/payload-from-env.ts): the bench must end by itself.
process.env.DISABLE_PAYLOAD_HMR = 'true';
const payload = await getPayload({ config: await buildCmsConfig(env) });
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - started) };
};

const imported = await timed(() => importContent({ payload, contentDir }));
const exported = await timed(() => exportContent({ payload, contentDir: path.join(work, 'exported') }));
const documents = imported.result.created;
const figures = { documents, importMs: imported.ms, exportMs: exported.ms, cmsImportS: +(imported.ms / 1000).toFixed(1), cmsExportS: +(exported.ms / 1000).toFixed(2) };
if (process.argv.includes('--import-export-only')) {
  console.log(JSON.stringify(figures));
  await payload.destroy();
  process.exit(0);
}

// A first build, so that publishing measures what an editor waits for on a running site.
await payload.jobs.queue({ task: REBUILD_TASK as never, input: { reason: 'bench' } as never });
const firstBuild = await timed(() => payload.jobs.run());
const publishes = Number(/^--publishes=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--publishes=')) ?? '')?.[1] ?? 1);
const EDITED = ' (bijgewerkt)';
// Each publish edits another practice example, as editors do.
const docs = (await payload.find({ collection: 'practice-examples', limit: publishes, sort: 'slug', depth: 0 })).docs;
if (docs.length < publishes) throw new Error(`${publishes} publishes asked, but the CMS holds ${docs.length} practice examples`);
const publishMs: number[] = [];
let live = true;
for (const doc of docs) {
  // Live: the served page shows the new title (the job swaps the whole new dist in at once).
  const page = path.join(env.SITE_DIST_DIR, documentPath('practice-examples', String(doc.slug)), 'index.html');
  const showsEdit = () => existsSync(page) && readFileSync(page, 'utf8').includes(EDITED);
  if (!existsSync(page)) throw new Error(`the first build wrote no ${page}`);
  if (showsEdit()) throw new Error(`${page} shows "${EDITED}" before the edit: pick another marker`);
  const published = await timed(async () => {
    await payload.update({ collection: 'practice-examples', id: doc.id, data: { title: `${doc.title}${EDITED}`, _status: 'published' } as never });
    await payload.jobs.run();
  });
  publishMs.push(published.ms);
  live &&= showsEdit();
}
const sorted = [...publishMs].sort((a, b) => a - b);
// The nearest-rank p95: with 10 publishes, the slowest.
const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
const median = sorted[Math.ceil(0.5 * sorted.length) - 1]!;
console.log(JSON.stringify({ ...figures, firstBuildMs: firstBuild.ms, publishToLiveMs: p95, publishToLiveMedianMs: median, publishMs, live }));
await payload.destroy();
process.exit(0);
