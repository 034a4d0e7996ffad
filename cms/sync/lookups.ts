import type { CollectionSlug, Payload, PayloadRequest } from 'payload';
import { documentPath, type Collection } from '../../contract/vocabulary.ts';
import type { BodyLinks } from './body.ts';
import type { StoredDocument } from './cms-data.ts';
import type { Id, Lookups, MediaFile } from './documents.ts';

export const TAXONOMY_COLLECTIONS = ['themes', 'regions', 'people'] as const;

type Doc = StoredDocument;

/** Every document of a collection, published ones only where drafts exist; within req's transaction when given. */
export async function allDocuments(payload: Payload, collection: CollectionSlug, publishedOnly: boolean, req?: PayloadRequest): Promise<Doc[]> {
  const result = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    sort: 'slug',
    ...(req ? { req } : {}),
    ...(publishedOnly ? { where: { _status: { equals: 'published' } } } : {}),
  });
  return result.docs as unknown as Doc[];
}

/** What buildLookups reads of a document (conversion-fingerprint.ts hashes the same). */
export interface LookupSource {
  id: Id;
  slug: string;
  redirectFrom?: unknown;
}

/** Slugs, ids, media and site paths of the documents given, for the mappings and the body. */
export function buildLookups(documents: ReadonlyMap<string, LookupSource[]>, media: MediaFile[]): Lookups & BodyLinks {
  const slugs = new Map<string, string>();
  const ids = new Map<string, Id>();
  const key = (collection: string, value: Id | string) => `${collection}\u0000${value}`;
  const paths = new Map<string, { relationTo: string; value: Id }>();
  const oldPaths = new Set<string>();
  for (const [collection, docs] of documents) {
    for (const doc of docs) {
      slugs.set(key(collection, doc.id), doc.slug);
      ids.set(key(collection, doc.slug), doc.id);
      if (!(TAXONOMY_COLLECTIONS as readonly string[]).includes(collection)) {
        paths.set(documentPath(collection as Collection, doc.slug), { relationTo: collection, value: doc.id });
        for (const from of Array.isArray(doc.redirectFrom) ? doc.redirectFrom : []) if (typeof from === 'string') oldPaths.add(from);
      }
    }
  }
  const mediaById = new Map(media.map((m) => [String(m.id), m]));
  const mediaIdByPath = new Map(media.map((m) => [`media/${m.filename}`, m.id]));
  return {
    slugOf: (collection, id) => slugs.get(key(collection, id)),
    idOf: (collection, slug) => ids.get(key(collection, slug)),
    mediaById,
    mediaIdByPath,
    pathOf: (collection, id) => {
      const slug = slugs.get(key(collection, id));
      return slug && !(TAXONOMY_COLLECTIONS as readonly string[]).includes(collection) ? documentPath(collection as Collection, slug) : undefined;
    },
    documentAt: (path) => paths.get(path),
    servesPath: (path) => paths.has(path) || oldPaths.has(path),
  };
}

export function mediaDir(payload: Payload): string {
  const dir = payload.collections.media?.config.upload?.staticDir;
  if (!dir) throw new Error('the media collection has no staticDir; the exporter reads files from it');
  return dir;
}
