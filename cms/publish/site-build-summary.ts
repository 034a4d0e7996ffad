/**
 * What the Sitebouw screen shows: the last build in Dutch (state, Amsterdam times, duration, what
 * caused it, and why it failed in words a person understands) and the builds before it. The
 * technical error stays in the job and the server log.
 */
import type { Payload } from 'payload';
import { COLLECTION_INFO, COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { dutchDateTime, dutchSeconds } from './dutch-time.ts';
import { REBUILD_TASK } from './rebuild-task.ts';
import { SITE_BUILDS, titleOf } from './site-builds.ts';
import { SITE_STATUS } from './site-status.ts';

export interface SiteBuildSummary {
  state: 'bezig' | 'gelukt' | 'mislukt' | 'onderbroken' | null;
  rows: { label: string; value: string }[];
  waiting: number;
  history: { startedAt: string; state: string; reason: string; message?: string }[];
}

const STATE_LABELS = { bezig: 'Bezig', gelukt: 'Gelukt', mislukt: 'Mislukt', onderbroken: 'Onderbroken' } as const;
const TAXONOMY_LABELS: Record<string, string> = { themes: 'Thema', regions: 'Regio', people: 'Persoon' };
const CAUSE = /^(gepubliceerd|offline gehaald|verwijderd|gewijzigd): ([a-z-]+)\/(.+)$/;

/** "gepubliceerd: practice-examples/x" → 'Praktijkvoorbeeld „De titel" gepubliceerd'. */
async function humanReason(payload: Payload, reason: string | null | undefined): Promise<string> {
  const match = CAUSE.exec(reason ?? '');
  if (!match) return reason || '—';
  const [, what, collection, slug] = match as unknown as [string, string, string, string];
  if ((COLLECTIONS as readonly string[]).includes(collection)) {
    const title = await titleOf(payload, collection as Collection, slug);
    return `${COLLECTION_INFO[collection as Collection].label} „${title ?? slug}" ${what}`;
  }
  return `${TAXONOMY_LABELS[collection] ?? collection} „${slug}" ${what}`;
}

export async function siteBuildSummary(payload: Payload): Promise<SiteBuildSummary> {
  const status = await payload.findGlobal({ slug: SITE_STATUS, depth: 0, overrideAccess: true });
  const builds = (await payload.find({ collection: SITE_BUILDS, sort: '-startedAt', limit: 10, depth: 0, overrideAccess: true })).docs;
  const jobs = (where: object) => payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK }, ...where }, overrideAccess: true });
  const running = (await jobs({ processing: { equals: true } })).totalDocs;
  const waiting = (await jobs({ processing: { not_equals: true }, completedAt: { exists: false }, hasError: { not_equals: true } })).totalDocs;

  const state = status.state === 'bezig' && !running ? 'onderbroken' : (status.state ?? null);
  const rows: SiteBuildSummary['rows'] = [];
  if (state) rows.push({ label: 'Laatste bouw', value: STATE_LABELS[state] });
  else rows.push({ label: 'Laatste bouw', value: 'Sinds de start van het CMS is de website nog niet gebouwd.' });
  if (status.startedAt) rows.push({ label: 'Begonnen op', value: dutchDateTime(status.startedAt) });
  if (status.finishedAt && state !== 'bezig') rows.push({ label: 'Klaar op', value: dutchDateTime(status.finishedAt) });
  if (typeof status.seconds === 'number' && state !== 'bezig') rows.push({ label: 'Duur', value: dutchSeconds(status.seconds) });
  if (status.reason) rows.push({ label: 'Aanleiding', value: await humanReason(payload, status.reason) });
  if (state === 'mislukt') {
    const last = builds.find((b) => b.state === 'mislukt');
    rows.push({ label: 'Reden', value: capitalise(last?.message ?? 'de website kon niet worden gebouwd; de technische details staan in het serverlog.') });
  }
  if (state === 'onderbroken') rows.push({ label: 'Reden', value: 'De bouw werd onderbroken doordat het CMS stopte. Bij de volgende publicatie wordt het opnieuw geprobeerd.' });
  rows.push({ label: 'In de wachtrij', value: waiting ? `${waiting} ${waiting === 1 ? 'bouw' : 'bouwen'}` : 'niets' });

  const history = await Promise.all(
    builds.map(async (b) => ({
      startedAt: dutchDateTime(b.startedAt),
      state: STATE_LABELS[b.state === 'bezig' && !running ? 'onderbroken' : b.state],
      reason: await humanReason(payload, b.reason),
      ...(b.message ? { message: capitalise(b.message) } : {}),
    })),
  );
  return { state, rows, waiting, history };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
