/**
 * After every save (autosave included) the document's newest state goes to the preview tree, so
 * that an open preview follows the editor within about a second. A preview that cannot be
 * written is logged and never stands in the way of the save.
 */
import type { CollectionAfterChangeHook, DataFromCollectionSlug } from 'payload';
import type { Collection } from '../../contract/vocabulary.ts';
import type { StoredDocument } from '../sync/cms-data.ts';
import { writePreview } from './write-preview.ts';

export function writePreviewAfterChange<C extends Collection>(collection: C): CollectionAfterChangeHook<DataFromCollectionSlug<C>> {
  return async ({ doc, req, context }) => {
    // The importer's writes come from content/, which the preview tree is copied from.
    if (context.skipRebuild) return doc;
    try {
      await writePreview(req.payload, collection, doc as unknown as StoredDocument, req);
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `preview of ${collection}/${String(doc.id)} not written` });
    }
    return doc;
  };
}
