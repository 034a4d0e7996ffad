/**
 * What an export reads of the CMS. Without a record to reuse from: every published document in
 * full. With one: first only the id, slug, old paths and updatedAt of each published document
 * (a tenth of the cost at 10,000), enough for the lookups and to see which files of the live tree
 * still hold; then in full only the documents whose file does not.
 */
import type { Payload, Where } from 'payload';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import type { StoredDocument } from './cms-data.ts';
import { conversionFingerprint } from './conversion-fingerprint.ts';
import type { MediaFile } from './documents.ts';
import { readRecord, type RecordedDocument } from './export-record.ts';
import { allDocuments, TAXONOMY_COLLECTIONS } from './lookups.ts';
import { keyOf, reusableFiles, type DocumentVersion } from './reuse.ts';

export interface PublishedContent {
  /** Every published document by collection, sorted by slug: in full, or (articles) as their versions only. */
  documents: Map<string, (DocumentVersion | StoredDocument)[]>;
  media: MediaFile[];
  fingerprint: string;
  /** The articles to convert, in full, by keyOf. */
  toConvert: Map<string, StoredDocument>;
  /** The articles whose file of reuseFrom is their text, by keyOf. */
  reusable: Map<string, RecordedDocument>;
}

/** A few hundred ids a query: SQLite limits a statement's parameters. */
const IDS_PER_QUERY = 500;

export async function readPublished(payload: Payload, reuseFrom?: string): Promise<PublishedContent> {
  const documents = new Map<string, (DocumentVersion | StoredDocument)[]>();
  for (const collection of TAXONOMY_COLLECTIONS) documents.set(collection, await allDocuments(payload, collection, false));
  const media = (await allDocuments(payload, 'media', false)) as unknown as MediaFile[];
  const record = reuseFrom ? readRecord(reuseFrom) : undefined;
  if (record && reuseFrom) {
    const versions = new Map<string, DocumentVersion[]>();
    for (const collection of COLLECTIONS) versions.set(collection, await publishedVersions(payload, collection));
    for (const [collection, docs] of versions) documents.set(collection, docs);
    const fingerprint = conversionFingerprint(documents, media);
    const reusable = reusableFiles(record, fingerprint, reuseFrom, versions);
    const toConvert = reusable.size ? await readChanged(payload, versions, reusable) : undefined;
    if (toConvert) return { documents, media, fingerprint, toConvert, reusable };
  }
  const toConvert = new Map<string, StoredDocument>();
  for (const collection of COLLECTIONS) {
    const docs = await allDocuments(payload, collection, true);
    documents.set(collection, docs);
    for (const doc of docs) toConvert.set(keyOf(collection, doc.id), doc);
  }
  return { documents, media, fingerprint: conversionFingerprint(documents, media), toConvert, reusable: new Map() };
}

/** The published documents of a collection as the lookups and the record need them, sorted as allDocuments sorts. */
async function publishedVersions(payload: Payload, collection: (typeof COLLECTIONS)[number]): Promise<DocumentVersion[]> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    sort: 'slug',
    where: { _status: { equals: 'published' } },
    select: { slug: true, redirectFrom: true, updatedAt: true },
  });
  return docs as unknown as DocumentVersion[];
}

/**
 * The documents without a reusable file, in full; undefined when one of them changed between the
 * two reads (another version, unpublished), so that the export reads everything at once instead.
 */
async function readChanged(payload: Payload, versions: Map<string, DocumentVersion[]>, reusable: Map<string, RecordedDocument>): Promise<Map<string, StoredDocument> | undefined> {
  const toConvert = new Map<string, StoredDocument>();
  for (const collection of COLLECTIONS) {
    const wanted = versions.get(collection)!.filter((doc) => !reusable.has(keyOf(collection, doc.id)));
    for (let i = 0; i < wanted.length; i += IDS_PER_QUERY) {
      const batch = wanted.slice(i, i + IDS_PER_QUERY);
      const where: Where = { and: [{ _status: { equals: 'published' } }, { id: { in: batch.map((doc) => doc.id) } }] };
      const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, draft: false, overrideAccess: true, where });
      const byId = new Map((docs as unknown as StoredDocument[]).map((doc) => [String(doc.id), doc]));
      for (const version of batch) {
        const doc = byId.get(String(version.id));
        if (!doc || doc.updatedAt !== version.updatedAt || doc.slug !== version.slug) return undefined;
        toConvert.set(keyOf(collection, version.id), doc);
      }
    }
  }
  return toConvert;
}
