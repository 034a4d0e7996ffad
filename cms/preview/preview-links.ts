/**
 * The admin's ways into the preview: the Live Preview tab (with phone, tablet and desktop sizes)
 * and the Voorbeeld button of every document. Both get a signed link, made on the server for a
 * logged-in editor only; anyone else gets no link.
 */
import type { CollectionConfig, PayloadRequest } from 'payload';
import { previewPath, signPreviewLink } from '../../contract/preview-link.ts';
import { readPreviewState } from '../../contract/preview-state.ts';
import type { Collection } from '../../contract/vocabulary.ts';
import { isStaff } from '../access/roles.ts';
import type { StoredDocument } from '../sync/cms-data.ts';
import { previewSettingsOf } from './preview-settings.ts';
import { writePreview } from './write-preview.ts';

export const PREVIEW_BREAKPOINTS = [
  { name: 'telefoon', label: 'Telefoon', width: 375, height: 740 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'computer', label: 'Computer', width: 1280, height: 860 },
];

/**
 * The signed preview link of one document, for a logged-in editor; null for anyone else. `doc` is
 * what the admin has of it (its id, and its updatedAt when known): Live Preview asks for the link
 * after every autosave, so the document is read only when the preview tree may lag behind it.
 */
export async function previewLink(collection: Collection, doc: { id?: unknown; updatedAt?: unknown } | undefined, req: PayloadRequest): Promise<string | null> {
  const id = doc?.id;
  if (!isStaff(req.user) || (typeof id !== 'string' && typeof id !== 'number')) return null;
  const { dir, key, serverUrl } = previewSettingsOf(req.payload);
  const state = readPreviewState(dir, collection, id);
  const current = state && typeof doc?.updatedAt === 'string' && state.updatedAt >= doc.updatedAt;
  if (!current) {
    // A document saved before the preview tree existed (or while the CMS was stopped) is written now.
    const stored = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true });
    if (stored && (!state || state.updatedAt < String(stored.updatedAt))) {
      await writePreview(req.payload, collection, stored as unknown as StoredDocument, req);
    }
  }
  return `${serverUrl}${previewPath(collection, id)}?token=${signPreviewLink(key, collection, id)}`;
}

/** The collection admin settings that turn both on. */
export function previewAdmin(collection: Collection): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> {
  return {
    livePreview: {
      url: ({ data, req }) => previewLink(collection, data, req),
      breakpoints: PREVIEW_BREAKPOINTS,
    },
    preview: (doc, { req }) => previewLink(collection, doc, req),
  };
}
