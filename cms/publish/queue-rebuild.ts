/**
 * Hooks that queue a site rebuild when what visitors see changes: a document is published,
 * republished, unpublished or deleted, or a taxonomy entry changes. Saving a draft of a
 * published document (autosave) changes nothing public and queues nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';
import { REBUILD_TASK } from './rebuild-task.ts';

/** Writes made with context { skipRebuild: true } (the importer's) queue nothing. */
async function queue(req: PayloadRequest, context: Record<string, unknown>, reason: string) {
  if (context.skipRebuild) return;
  await req.payload.jobs.queue({ task: REBUILD_TASK as never, input: { reason } as never, req });
}

export const rebuildAfterArticleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req, context }) => {
  const label = `${collection.slug}/${doc.slug}`;
  if (doc._status === 'published') {
    await queue(req, context, `gepubliceerd: ${label}`);
  } else if (previousDoc?._status === 'published') {
    // A draft of a published document leaves the published version in place; only an
    // unpublish turns the document itself into a draft.
    const current = await req.payload.findByID({ collection: collection.slug as never, id: doc.id, draft: false, depth: 0, overrideAccess: true, req });
    if (current._status !== 'published') await queue(req, context, `offline gehaald: ${label}`);
  }
  return doc;
};

export const rebuildAfterArticleDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (doc._status === 'published') await queue(req, context, `verwijderd: ${collection.slug}/${doc.slug}`);
  return doc;
};

export const rebuildAfterTaxonomyChange: CollectionAfterChangeHook = async ({ doc, collection, req, context }) => {
  await queue(req, context, `gewijzigd: ${collection.slug}/${doc.slug}`);
  return doc;
};

export const rebuildAfterTaxonomyDelete: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  await queue(req, context, `verwijderd: ${collection.slug}/${doc.slug}`);
  return doc;
};
