/**
 * Where a document stands on the site, for the sidebar of its edit view. A build includes every
 * publication made before it started, so the document's last public change (publish, republish or
 * unpublish: the updatedAt of its published state) is compared with the builds that started later:
 * the first that went live puts it on the site; before that it is building, failed, or waiting.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { documentPath, type Collection } from '../../contract/vocabulary.ts';
import type { Env } from '../paths.ts';
import type { SiteBuild } from '../payload-types.ts';
import { fieldSentence, THIS_DOCUMENT, type Blame } from './build-failure.ts';
import { dutchMoment } from './dutch-time.ts';
import { REBUILD_TASK } from './rebuild-task.ts';
import { publishSettings } from './settings.ts';
import { SITE_BUILDS } from './site-builds.ts';
import { publicDocumentUrl } from './site-url.ts';

export type PublishState = 'unpublished' | 'queued' | 'building' | 'live' | 'offline' | 'failed' | 'not-built';

export interface DocumentStatus {
  state: PublishState;
  /** The sentence the sidebar shows. */
  text: string;
  /** The public page, once it is live. */
  link?: { href: string; label: string };
}

const INTERRUPTED = 'de bouw werd onderbroken doordat het CMS stopte. Bij de volgende publicatie wordt het opnieuw geprobeerd.';

async function rebuildJobs(payload: Payload) {
  const count = async (where: object) =>
    (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK }, ...where }, overrideAccess: true })).totalDocs;
  return {
    running: await count({ processing: { equals: true } }),
    waiting: await count({ processing: { not_equals: true }, completedAt: { exists: false }, hasError: { not_equals: true } }),
  };
}

/** Why the build failed, for this document: its own field when the contract blamed it. */
function reasonFor(build: SiteBuild, collection: Collection, slug: string): string {
  const own = ((build.blame ?? []) as Blame[]).filter((b) => b.collection === collection && b.slug === slug);
  if (own.length) return `${own.map((b) => fieldSentence(b, THIS_DOCUMENT[collection])).join('; ')}. Pas dat aan en publiceer opnieuw.`;
  return build.message ?? 'de website kon niet worden gebouwd.';
}

export async function documentStatus(payload: Payload, collection: Collection, id: number | string, env: Env = process.env): Promise<DocumentStatus> {
  const doc = await payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true });
  const published = doc._status === 'published';
  if (!published) {
    const versions = await payload.findVersions({ collection, where: { parent: { equals: id }, 'version._status': { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true });
    if (versions.totalDocs === 0) return { state: 'unpublished', text: 'Nog niet gepubliceerd' };
  }
  const arrived = (since: string): DocumentStatus =>
    published
      ? { state: 'live', text: `Live op de site sinds ${dutchMoment(since)}`, link: { href: publicDocumentUrl(collection, doc.slug, env), label: 'Bekijk op de site' } }
      : { state: 'offline', text: `Offline gehaald: sinds ${dutchMoment(since)} niet meer op de site` };

  const builds = (
    await payload.find({ collection: SITE_BUILDS, where: { startedAt: { greater_than: doc.updatedAt } }, sort: 'startedAt', limit: 50, depth: 0, overrideAccess: true })
  ).docs;
  const live = builds.find((b) => b.state === 'gelukt');
  if (live) return arrived(live.finishedAt ?? live.startedAt);

  const jobs = await rebuildJobs(payload);
  const latest = builds.at(-1);
  if (latest?.state === 'bezig') {
    return jobs.running ? { state: 'building', text: 'Wordt gebouwd…' } : { state: 'failed', text: `Niet gelukt: ${INTERRUPTED}` };
  }
  if (latest?.state === 'mislukt') {
    const retry = jobs.waiting ? ' Er volgt nog een poging.' : '';
    return { state: 'failed', text: `Niet gelukt: ${reasonFor(latest, collection, doc.slug)}${retry}` };
  }
  if (jobs.waiting || jobs.running) return { state: 'queued', text: 'In de wachtrij' };

  // No build since the change and none waiting: the site was built some other way (npm run build
  // from the content/ that was imported); dist/ tells whether the page is there.
  const { distDir, deployHookUrl } = publishSettings(env);
  const page = path.join(distDir, documentPath(collection, doc.slug), 'index.html');
  if (!deployHookUrl && existsSync(page) === published) return arrived(published ? statSync(page).mtime.toISOString() : doc.updatedAt);
  return { state: 'not-built', text: 'De website is sinds deze wijziging nog niet opnieuw gebouwd.' };
}
