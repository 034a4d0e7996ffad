/**
 * The slug: derived from the title when a document is created, editable afterwards, checked
 * against the contract's slug pattern and unique within its collection.
 */
import slugify from '@sindresorhus/slugify';
import type { TextField } from 'payload';
import { slugFormat } from './validators.ts';

export function toSlug(title: string): string {
  // Dutch titles: "Zeewolde & Almere" becomes zeewolde-en-almere.
  return slugify(title, { customReplacements: [['&', ' en ']] });
}

/** reserved: slugs the site itself uses at that level, such as the top-level routes for pages. */
export function slugField(options: { description?: string; reserved?: readonly string[] } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: 'Slug',
    required: true,
    index: true,
    admin: {
      position: 'sidebar',
      description:
        options.description ??
        'Het laatste deel van het webadres. Wordt uit de titel afgeleid zolang het leeg is; kleine letters, cijfers en streepjes.',
    },
    hooks: {
      beforeValidate: [
        // On create, and on the first save with a title after the admin's autosave created an
        // empty draft; once set, the slug changes only when an editor changes it.
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim();
          const existing = (originalDoc as { slug?: unknown } | undefined)?.slug;
          if (typeof existing === 'string' && existing !== '') return value === undefined ? value : existing;
          const source = data?.title ?? data?.name;
          if (typeof source === 'string' && source.trim() !== '') return toSlug(source);
          return value;
        },
      ],
    },
    validate: async (value, { req, id, collectionSlug }) => {
      const format = slugFormat(value);
      if (format !== true) return format;
      if (options.reserved?.includes(value as string)) {
        return `De slug "${String(value)}" is gereserveerd voor de site zelf; kies een andere.`;
      }
      if (!collectionSlug) return true;
      const { totalDocs } = await req.payload.count({
        collection: collectionSlug as 'themes',
        where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
        req,
        overrideAccess: true,
      });
      return totalDocs === 0 ? true : `De slug "${String(value)}" is al in gebruik in deze collectie.`;
    },
  };
}
