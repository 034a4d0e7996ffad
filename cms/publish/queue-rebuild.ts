/**
 * Hooks that queue a site rebuild when what visitors see changes: a document is published,
 * republished, unpublished or deleted, or a taxonomy entry changes. Saving a draft of a
 * published document (autosave) changes nothing public and queues nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, DataFromCollectionSlug, PayloadRequest, RequestContext } from 'payload';
import type { Collection } from '../../contract/vocabulary.ts';
import type { Person, Region, Theme } from '../payload-types.ts';
import { REBUILD_TASK } from './rebuild-task.ts';

type Taxonomy = Theme | Region | Person;

/** Writes made with context { skipRebuild: true } (the importer's) queue nothing. */
async function queue(req: PayloadRequest, context: RequestContext, reason: string) {
  if (context.skipRebuild) return;
  await req.payload.jobs.queue({ task: REBUILD_TASK, input: { reason }, req });
}

export function rebuildAfterArticleChange<C extends Collection>(collection: C): CollectionAfterChangeHook<DataFromCollectionSlug<C>> {
  return async ({ doc, previousDoc, req, context }) => {
    const label = `${collection}/${doc.slug}`;
    if (doc._status === 'published') {
      await queue(req, context, `gepubliceerd: ${label}`);
    } else if (previousDoc?._status === 'published') {
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
