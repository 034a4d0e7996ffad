/**
 * A "Nieuw aanmaken" left without typing leaves nothing behind. Payload 3.90 creates the draft of
 * an autosave collection as soon as its create screen opens (and has no option to wait for the
 * first keystroke), so the edit view carries a guard (components/DiscardUntouchedDraft.tsx) that,
 * when the editor leaves a document they never changed, asks the endpoint below to remove it.
 * The server decides what "untouched" means, so nothing anyone wrote is ever removed: a draft
 * that was never published, has no title and has only the version its creation made (the first
 * autosave adds a second one).
 */
import type { CollectionConfig, CollectionSlug, Endpoint, Payload, PayloadRequest } from 'payload';
import { isStaff } from '../access/roles.ts';

export const DISCARD_PATH = '/untouched-drafts/:collection/:id';
const GUARD = '/components/DiscardUntouchedDraft.tsx#DiscardUntouchedDraft';

export async function isUntouchedDraft(payload: Payload, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const config = payload.collections[collection]?.config;
  const autosave = config?.versions && config.versions.drafts && config.versions.drafts.autosave;
  if (!config || !autosave) return false;
  const titleField = config.admin.useAsTitle;
  const found = await payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0, limit: 1, overrideAccess: true });
  const doc = found.docs[0];
  if (!doc || !('_status' in doc) || doc._status !== 'draft') return false;
  const title: unknown = titleField ? Reflect.get(doc, titleField) : undefined;
  if (typeof title === 'string' && title.trim() !== '') return false;
  const versions = await payload.countVersions({ collection, where: { parent: { equals: id } }, overrideAccess: true });
  return versions.totalDocs <= 1;
}

/** POST /api/untouched-drafts/<collection>/<id>: removes the draft if untouched; 204 either way, 403 for visitors. */
export const discardUntouchedDraftEndpoint: Endpoint = {
  path: DISCARD_PATH,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!isStaff(req.user)) return Response.json({ message: 'Alleen voor redacteuren en beheerders.' }, { status: 403 });
    const { collection, id } = req.routeParams as { collection: CollectionSlug; id: string };
    if (await isUntouchedDraft(req.payload, collection, id)) {
      await req.payload.delete({ collection, id, overrideAccess: false, user: req.user, req });
    }
    return new Response(null, { status: 204 });
  },
};

/** Adds the guard to the edit view of every collection with autosaved drafts. */
export function withUntouchedDraftsDiscarded(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined;
    if (!drafts || typeof drafts !== 'object' || !drafts.autosave) return collection;
    const admin = collection.admin ?? {};
    const edit = admin.components?.edit ?? {};
    return {
      ...collection,
      admin: { ...admin, components: { ...admin.components, edit: { ...edit, beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), GUARD] } } },
    };
  });
}
