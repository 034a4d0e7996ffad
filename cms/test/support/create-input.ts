/**
 * The data of a Local API create that leaves out what the CMS fills in itself: the slug (derived
 * from the title or name by cms/fields/slug.ts) and a user's roles (the default, or admin for the
 * first user). The generated types mark both required, as every stored document has them, and
 * cannot say that a create may leave them out.
 */
import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload';

type FilledIn = 'slug' | 'roles';
type Data<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>;

export type CreateInput<S extends CollectionSlug> = Omit<Data<S>, FilledIn> & Partial<Pick<Data<S>, FilledIn & keyof Data<S>>>;

export function createInput<S extends CollectionSlug>(_collection: S, data: CreateInput<S>): Data<S> {
  return data as Data<S>;
}
