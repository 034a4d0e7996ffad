/**
 * Hooks that queue a site rebuild when what visitors see changes: a document is published,
 * republished, unpublished or deleted, or a taxonomy entry changes. Saving a draft of a
 * published document (autosave) changes nothing public and queues nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, DataFromCollectionSlug, PayloadRequest, RequestContext } from 'payload';
import type { Collection } from '../../contract/vocabulary.ts';
import type { Person, Region, Theme } from '../payload-types.ts';
import { REBUILD_TASK } from './rebuild-task.ts';

type Taxonomy = Theme | Region | Person;

/** Writes made with context { skipRebuild: true } (the importer's) queue nothing. */
async function queue(req: PayloadRequest, context: RequestContext, reason: string) {
  if (context.skipRebuild) return;
  await req.payload.jobs.queue({ task: REBUILD_TASK, input: { reason }, req });
}

const wasPublicKey = (collection: string, id: unknown) => `wasPublic:${collection}:${String(id)}`;

/**
 * Notes, before a save, whether the document is on the site. Payload hands afterChange the newest
 * draft as previousDoc, so after a draft was saved over a published document, an unpublish would
 * otherwise look like a draft saved over a draft, and the site would keep showing it.
 */
export function rememberIfPublic<C extends Collection>(collection: C): CollectionBeforeChangeHook<DataFromCollectionSlug<C>> {
  return async ({ operation, originalDoc, req, context, data }) => {
    if (operation !== 'update' || !originalDoc || context.skipRebuild) return data;
    const published = await req.payload.findByID({ collection, id: originalDoc.id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true });
    // On req.context: the hooks' own `context` argument did not reach afterChange (Payload 3.90).
    req.context[wasPublicKey(collection, originalDoc.id)] = published?._status === 'published';
    return data;
  };
}

export function rebuildAfterArticleChange<C extends Collection>(collection: C): CollectionAfterChangeHook<DataFromCollectionSlug<C>> {
  return async ({ doc, previousDoc, req, context }) => {
    const label = `${collection}/${doc.slug}`;
    if (doc._status === 'published') {
      await queue(req, context, `gepubliceerd: ${label}`);
    } else if (previousDoc?._status === 'published' || req.context[wasPublicKey(collection, doc.id)] === true) {
      // A draft of a published document leaves the published version in place; only an
      // unpublish turns the document itself into a draft.
      const current = await req.payload.findByID({ collection, id: doc.id, draft: false, depth: 0, overrideAccess: true, req });
      if (current._status !== 'published') await queue(req, context, `offline gehaald: ${label}`);
    }
    return doc;
  };
}

export const rebuildAfterArticleDelete: CollectionAfterDeleteHook<DataFromCollectionSlug<Collection>> = async ({ doc, collection, req, context }) => {
  if (doc._status === 'published') await queue(req, context, `verwijderd: ${collection.slug}/${doc.slug}`);
  return doc;
};

export const rebuildAfterTaxonomyChange: CollectionAfterChangeHook<Taxonomy> = async ({ doc, collection, req, context }) => {
  await queue(req, context, `gewijzigd: ${collection.slug}/${doc.slug}`);
  return doc;
};

export const rebuildAfterTaxonomyDelete: CollectionAfterDeleteHook<Taxonomy> = async ({ doc, collection, req, context }) => {
  await queue(req, context, `verwijderd: ${collection.slug}/${doc.slug}`);
  return doc;
};
