/**
 * When a published document gets a new slug, its old site path is added to redirectFrom, so the
 * build keeps the old link working. Drafts that were never published leave no redirect.
 */
import type { CollectionBeforeChangeHook, DataFromCollectionSlug } from 'payload';
import { documentPath, type Collection } from '../../contract/vocabulary.ts';

export function redirectFromOnSlugChange<C extends Collection>(collection: C): CollectionBeforeChangeHook<DataFromCollectionSlug<C>> {
  return async ({ data, originalDoc, operation, req }) => {
    if (operation !== 'update' || !originalDoc || typeof data.slug !== 'string') return data;
    // originalDoc is the latest version, which may be a draft on top of the live document: then
    // the live (published) document holds the slug that visitors know.
    let published = originalDoc._status === 'published' ? originalDoc : undefined;
    if (!published) {
      const live = await req.payload
        .findByID({ collection, id: originalDoc.id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })
        .catch(() => null);
      if (live?._status === 'published') published = live;
    }
    const oldSlug = published?.slug;
    if (oldSlug === undefined || oldSlug === data.slug) return data;
    const paths = [...(data.redirectFrom ?? originalDoc.redirectFrom ?? []), documentPath(collection, oldSlug)];
    const newPath = documentPath(collection, data.slug);
    data.redirectFrom = [...new Set(paths)].filter((path) => path !== newPath);
    return data;
  };
}
