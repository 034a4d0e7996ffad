/**
 * Keeps media read access in step with the documents: every change to a document of the site
 * (saved, published, unpublished, deleted) makes the CMS work out again which media visitors
 * may fetch. Added as a plugin so that the collections keep their own hooks.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Plugin } from 'payload';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import { forgetMediaInUse } from './media-in-use.ts';

const afterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetMediaInUse(req.payload);
  return doc;
};
const afterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  forgetMediaInUse(req.payload);
  return doc;
};

export const mediaFollowsDocuments: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) =>
    (COLLECTIONS as readonly string[]).includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        }
      : collection,
  ),
});
