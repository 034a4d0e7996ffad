/**
 * The history of site builds: when each started and finished, whether it went live, and why not.
 * A build includes every publication made before it started, so a document's place on the site
 * follows from these records (document-status.ts). Hidden in the admin; Sitebouw shows it.
 */
import type { CollectionConfig, Payload } from 'payload';
import { staff } from '../access/roles.ts';
import type { Collection } from '../../contract/vocabulary.ts';
import { explainFailure } from './build-failure.ts';

export const SITE_BUILDS = 'site-builds';
/** Records kept; older ones are removed when a build starts. */
const KEEP = 100;

export const SiteBuilds: CollectionConfig = {
  slug: SITE_BUILDS,
  labels: { singular: 'Sitebouw', plural: 'Sitebouwen' },
  admin: { hidden: true, useAsTitle: 'reason' },
  access: { read: staff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'startedAt', type: 'date', required: true, index: true },
    { name: 'finishedAt', type: 'date' },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: [
        { label: 'Bezig', value: 'bezig' },
        { label: 'Gelukt', value: 'gelukt' },
        { label: 'Mislukt', value: 'mislukt' },
      ],
    },
    { name: 'reason', type: 'text' },
    /** Why it failed, in Dutch, for editors; the technical error stays in the job and the log. */
    { name: 'message', type: 'text' },
    /** The documents and fields the contract blamed: [{ collection, slug, field, label, problem }]. */
    { name: 'blame', type: 'json' },
  ],
};

/** Records that a build starts now (before it exports content/). */
export async function startBuild(payload: Payload, reason: string, startedAt: Date): Promise<number | string> {
  const oldest = await payload.find({ collection: SITE_BUILDS, sort: '-startedAt', limit: 1, page: KEEP, depth: 0, overrideAccess: true });
  const cutoff = oldest.docs[0]?.startedAt;
  if (cutoff && oldest.totalDocs >= KEEP) {
    await payload.delete({ collection: SITE_BUILDS, where: { startedAt: { less_than_equal: cutoff } }, overrideAccess: true });
  }
  const build = await payload.create({ collection: SITE_BUILDS, data: { startedAt: startedAt.toISOString(), state: 'bezig', reason }, overrideAccess: true });
  return build.id;
}

/** Records that the build went live (no error) or failed, with the reason in Dutch. */
export async function finishBuild(payload: Payload, id: number | string, error?: unknown): Promise<void> {
  const finishedAt = new Date().toISOString();
  if (error === undefined) {
    await payload.update({ collection: SITE_BUILDS, id, data: { state: 'gelukt', finishedAt }, overrideAccess: true });
    return;
  }
  const { message, blame } = await explainFailure(error, (collection, slug) => titleOf(payload, collection, slug));
  await payload.update({ collection: SITE_BUILDS, id, data: { state: 'mislukt', finishedAt, message, blame }, overrideAccess: true });
}

/** The title of a document by its slug, its latest version (a failed build never went live). */
export async function titleOf(payload: Payload, collection: Collection, slug: string): Promise<string | undefined> {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, draft: true });
  return found.docs[0]?.title ?? undefined;
}
