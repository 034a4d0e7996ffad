/**
 * The boundary between the contract's mapping and Payload's generated types. fromFrontmatter
 * builds a document's data field by field from the contract's declarations; TypeScript cannot
 * follow a mapping driven by declarations, so the data is named as the collection's here, once.
 * What it holds is checked twice at run time: by the contract's schema before the import and by
 * the fields' validators (derived from the same declarations) as Payload writes it.
 */
import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload';

export function cmsData<C extends CollectionSlug>(_collection: C, data: Record<string, unknown>): RequiredDataFromCollectionSlug<C> {
  return data as RequiredDataFromCollectionSlug<C>;
}

/** A stored document of any synced collection, read field by field as the contract declares. */
export interface StoredDocument {
  id: string | number;
  slug: string;
  [field: string]: unknown;
}
