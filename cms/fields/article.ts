/**
 * The fields of an article collection or pages, derived from its contract declaration
 * (contract/collections/): the shared article fields, the collection's own, the slug and the body.
 * Only where the admin differs from the derived default is anything said here.
 */
import type { Field } from 'payload';
import { articleFields as sharedFields, collectionFields } from '../../contract/schema.ts';
import type { Collection } from '../../contract/vocabulary.ts';
import { bodyField } from './body.ts';
import { cmsField, type Overrides } from './from-contract.ts';
import { slugField } from './slug.ts';

const SIDEBAR = { admin: { position: 'sidebar' } };

/** How the admin differs from the derived fields, for every article collection. */
const SHARED_OVERRIDES: Record<string, Overrides> = {
  publishedAt: { ...SIDEBAR, defaultValue: () => new Date().toISOString() },
  updatedAt: SIDEBAR,
  redirectFrom: SIDEBAR,
  seoTitle: SIDEBAR,
  seoDescription: SIDEBAR,
};

export function articleFields(collection: Collection, options: { reservedSlugs?: readonly string[]; overrides?: Record<string, Overrides> } = {}): Field[] {
  const overrides = { ...SHARED_OVERRIDES, ...options.overrides };
  const entries = Object.entries(collectionFields[collection]);
  const field = ([name, declared]: (typeof entries)[number]) => cmsField(name, declared, overrides[name]);
  // Editors read the title, summary, themes and image first, then what this collection adds,
  // the body, and the attachments, links and related documents below it.
  const below = new Set(['attachments', 'links', 'related', 'redirectFrom']);
  const shared = entries.filter(([name]) => name in sharedFields);
  const own = entries.filter(([name]) => !(name in sharedFields));
  const [title, ...rest] = shared.filter(([name]) => !below.has(name)).map(field);
  return [
    title!,
    slugField({ reserved: options.reservedSlugs }),
    ...rest,
    ...own.map(field),
    bodyField,
    ...shared.filter(([name]) => below.has(name)).map(field),
  ];
}
