/**
 * What the four article collections and pages share: contract fields, drafts with autosave and
 * scheduled publishing, versions, access (visitors see published documents only) and the
 * redirect on a slug change.
 */
import { SCHEDULE_PICKER } from '../i18n/date-formats.ts';
import type { CollectionConfig, Field } from 'payload';
import type { Overrides } from '../fields/from-contract.ts';
import { COLLECTION_INFO, type Collection } from '../../contract/vocabulary.ts';
import { readPublishedOrStaff, staff } from '../access/roles.ts';
import { articleFields } from '../fields/article.ts';
import { publishedMessage } from '../hooks/published-message.ts';
import { redirectFromOnSlugChange } from '../hooks/redirect-from.ts';
import { hideUntouchedDrafts } from '../hooks/untouched-drafts.ts';
import { previewAdmin } from '../preview/preview-links.ts';
import { writePreviewAfterChange } from '../preview/preview-hook.ts';
import { feedbackSummaryField } from '../feedback/feedback-field.ts';
import { publishStatusField } from '../publish/publish-status-field.ts';
import { rebuildAfterArticleChange, rebuildAfterArticleDelete, rememberIfPublic } from '../publish/queue-rebuild.ts';

export const CONTENT_GROUP = 'Inhoud';

export interface ArticleCollectionOptions {
  description?: string;
  reservedSlugs?: readonly string[];
  /** Fields shown side by side in the admin, by contract name. */
  rows?: string[][];
  overrides?: Record<string, Overrides>;
}

/** Puts each row's fields side by side, where the first of them stood. */
function inRows(fields: Field[], rows: string[][]): Field[] {
  const named = (field: Field, names: string[]) => 'name' in field && names.includes(field.name);
  return rows.reduce(
    (list, names) => {
      const members = list.filter((f) => named(f, names));
      const at = list.findIndex((f) => named(f, names));
      return [...list.slice(0, at).filter((f) => !named(f, names)), { type: 'row', fields: members }, ...list.slice(at).filter((f) => !named(f, names))];
    },
    fields,
  );
}

export function articleCollection(slug: Collection, options: ArticleCollectionOptions = {}): CollectionConfig {
  const info = COLLECTION_INFO[slug];
  const fields = inRows(articleFields(slug, { reservedSlugs: options.reservedSlugs, overrides: options.overrides }), options.rows ?? []);
  return {
    slug,
    labels: { singular: info.label, plural: info.plural },
    admin: {
      group: CONTENT_GROUP,
      useAsTitle: 'title',
      defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
      description: options.description,
      // A "Nieuw aanmaken" left without typing shows nowhere and is removed later (hooks/untouched-drafts.ts).
      baseFilter: hideUntouchedDrafts(slug),
      ...previewAdmin(slug),
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
      // Publishing and unpublishing planned to the minute, on the 24-hour clock (cms/i18n/date-formats.ts).
      drafts: { autosave: true, schedulePublish: SCHEDULE_PICKER },
    },
    hooks: {
      beforeChange: [redirectFromOnSlugChange(slug), rememberIfPublic(slug)],
      // The published message last: the Local API calls of the others reset req.t.
      afterChange: [rebuildAfterArticleChange(slug), writePreviewAfterChange(slug), publishedMessage],
      afterDelete: [rebuildAfterArticleDelete],
    },
    // First in the sidebar: where the document stands on the site; then what readers thought of it.
    fields: [publishStatusField, feedbackSummaryField, ...fields],
  };
}
