/**
 * A "Nieuw aanmaken" left without typing leaves nothing an editor sees. Payload 3.90 creates the
 * draft of an autosave collection as soon as its create screen opens, and has no option to wait
 * for the first keystroke (only `versions.drafts.validate` skips it, but then autosave never saves
 * a new document and every draft must be complete). So the server, not a leave event in the
 * browser, decides:
 *
 * - An untouched draft is one that was never published, has no title and was never saved after
 *   its creation: it has only the version its creation made (the first autosave adds one).
 * - The list views (and Lexical's link picker, through `admin.baseFilter`) and the dashboard
 *   never show one, from the moment it exists. Reading never removes anything.
 * - The hourly task REMOVE_UNTOUCHED_DRAFTS_TASK (a Payload job schedule, run by the CMS server's
 *   job runner) removes those older than UNTOUCHED_DRAFT_MAX_AGE_MS. The age is long on purpose: a
 *   form the editor still has open may start autosaving any time, and after its document is gone
 *   that would fail. The newest document of a collection is never removed, so SQLite (which gives
 *   a new row the highest id plus one) never hands a removed draft's id to a new document that
 *   such a late autosave would then overwrite.
 */
import type { BaseFilter, CollectionSlug, Payload, TaskConfig, Where } from 'payload';
import { COLLECTIONS } from '../../contract/vocabulary.ts';

/** A day: hidden at once, removed once no one can reasonably still have its form open. */
export const UNTOUCHED_DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface SweepOptions {
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** How old an untouched draft must be before it is removed. */
  maxAgeMs?: number;
}

type Id = number | string;

/** The untouched drafts of a collection with autosave (none for any other), oldest first. */
export async function untouchedDrafts(payload: Payload, collection: CollectionSlug): Promise<{ id: Id; createdAt: string }[]> {
  const config = payload.collections[collection]?.config;
  const drafts = config?.versions && config.versions.drafts;
  const titleField = config?.admin.useAsTitle;
  if (!drafts || !drafts.autosave || !titleField || titleField === 'id') return [];
  // Drafts are saved as versions only: the newest version holds the title the editor typed.
  const where: Where = { and: [{ _status: { equals: 'draft' } }, { or: [{ [titleField]: { exists: false } }, { [titleField]: { equals: '' } }] }] };
  const { docs } = await payload.find({ collection, where, draft: true, sort: 'createdAt', pagination: false, depth: 0, select: { createdAt: true }, overrideAccess: true });
  if (docs.length === 0) return [];
  // Creating makes the first version; the first autosave (or any save) adds a second.
  const versions = await payload.findVersions({ collection, where: { parent: { in: docs.map((doc) => doc.id) } }, pagination: false, depth: 0, select: { parent: true }, overrideAccess: true });
  const count = new Map<Id, number>();
  for (const version of versions.docs) {
    const parent = version.parent as unknown as Id | { id: Id };
    const id = typeof parent === 'object' ? parent.id : parent;
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  return docs.flatMap((doc) => {
    const { createdAt } = doc as { createdAt?: string };
    return createdAt && count.get(doc.id) === 1 ? [{ id: doc.id, createdAt }] : [];
  });
}

/** Removes the untouched drafts older than the maximum age; returns the ids of those it kept. */
export async function sweepUntouchedDrafts(payload: Payload, collection: CollectionSlug, options: SweepOptions = {}): Promise<Id[]> {
  const drafts = await untouchedDrafts(payload, collection);
  if (drafts.length === 0) return [];
  const cutoff = (options.now?.() ?? new Date()).getTime() - (options.maxAgeMs ?? UNTOUCHED_DRAFT_MAX_AGE_MS);
  const newest = (await payload.find({ collection, sort: '-id', limit: 1, depth: 0, select: {}, overrideAccess: true, pagination: false })).docs[0]?.id;
  const old = drafts.filter((draft) => Date.parse(draft.createdAt) < cutoff && draft.id !== newest).map((draft) => draft.id);
  if (old.length > 0) {
    // A bulk delete reports a draft another request removed first instead of throwing.
    await payload.delete({ collection, where: { id: { in: old } }, overrideAccess: true });
    payload.logger.info(`removed ${old.length} untouched draft(s) of ${collection}: ${old.join(', ')}`);
  }
  return drafts.map((draft) => draft.id).filter((id) => !old.includes(id));
}

/** The constraint that leaves out the untouched drafts; null when there are none. */
export async function withoutUntouchedDrafts(payload: Payload, collection: CollectionSlug): Promise<Where | null> {
  const drafts = await untouchedDrafts(payload, collection);
  return drafts.length > 0 ? { id: { not_in: drafts.map((draft) => draft.id) } } : null;
}

/** `admin.baseFilter` of an autosave collection: its lists never show an untouched draft. */
export function hideUntouchedDrafts(collection: CollectionSlug): BaseFilter {
  return ({ req }) => withoutUntouchedDrafts(req.payload, collection);
}

export const REMOVE_UNTOUCHED_DRAFTS_TASK = 'removeUntouchedDrafts';

/** Every hour, in the process that runs the jobs: the old untouched drafts of every collection go. */
export const removeUntouchedDraftsTask: TaskConfig<typeof REMOVE_UNTOUCHED_DRAFTS_TASK> = {
  slug: REMOVE_UNTOUCHED_DRAFTS_TASK,
  label: 'Onaangeroerde concepten opruimen',
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'kept', type: 'number' }],
  handler: async ({ req }) => {
    let kept = 0;
    for (const collection of COLLECTIONS) kept += (await sweepUntouchedDrafts(req.payload, collection)).length;
    return { output: { kept } };
  },
};
