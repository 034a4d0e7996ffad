/**
 * What the four article collections and pages share: contract fields, drafts with autosave and
 * scheduled publishing, versions, access (visitors see published documents only) and the
 * redirect on a slug change.
 */
import type { CollectionConfig, Field } from 'payload';
import { COLLECTION_INFO, documentPath, type Collection } from '../../contract/vocabulary.ts';
import { readPublishedOrStaff, staff } from '../access/roles.ts';
import { articleFields } from '../fields/article.ts';
import { redirectFromOnSlugChange } from '../hooks/redirect-from.ts';
import { rebuildAfterArticleChange, rebuildAfterArticleDelete } from '../publish/queue-rebuild.ts';

export const CONTENT_GROUP = 'Inhoud';

export function articleCollection(
  slug: Collection,
  extraFields: Field[],
  options: { themesRequired?: boolean; reservedSlugs?: readonly string[]; description?: string } = {},
): CollectionConfig {
  const info = COLLECTION_INFO[slug];
  const fields = articleFields({ themesRequired: options.themesRequired ?? true, reservedSlugs: options.reservedSlugs });
  // Collection-specific fields go after the summary and dates, before the body.
  const bodyIndex = fields.findIndex((field) => 'name' in field && field.name === 'body');
  fields.splice(bodyIndex, 0, ...extraFields);
  return {
    slug,
    labels: { singular: info.label, plural: info.plural },
    admin: {
      group: CONTENT_GROUP,
      useAsTitle: 'title',
      defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
      description: options.description,
      preview: (doc) => (typeof doc.slug === 'string' ? documentPath(slug, doc.slug) : null),
    },
    access: {
      read: readPublishedOrStaff,
      readVersions: staff,
      create: staff,
      update: staff,
      delete: staff,
    },
    versions: {
      maxPerDoc: 50,
      drafts: { autosave: true, schedulePublish: true },
    },
    hooks: {
      beforeChange: [redirectFromOnSlugChange(slug)],
      afterChange: [rebuildAfterArticleChange(slug)],
      afterDelete: [rebuildAfterArticleDelete],
    },
    fields,
  };
}
