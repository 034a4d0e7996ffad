/**
 * Media: images, PDF and PowerPoint files. Stored under <data dir>/media by default; in
 * production use a storage adapter such as @payloadcms/storage-s3 (see README).
 */
import type { CollectionConfig, TextFieldSingleValidation } from 'payload';
import { text } from 'payload/shared';
import { mediaListForStaff } from '../access/media-list-for-staff.ts';
import { staff } from '../access/roles.ts';
import { staffOrMediaInUse } from '../access/staff-or-media-in-use.ts';
import { IMAGE_ALT_MAX } from '../../contract/field.ts';
import { slugFileName } from '../hooks/slug-file-name.ts';
import { CONTENT_GROUP } from './article-collection.ts';

export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/svg+xml',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

export function mediaCollection(staticDir: string): CollectionConfig {
  return {
  slug: 'media',
  labels: { singular: 'Bestand', plural: 'Media' },
  admin: { group: CONTENT_GROUP, description: 'Afbeeldingen en bijlagen (PDF, PowerPoint).' },
  // Visitors fetch a file only while a published document uses it; the list is for staff.
  access: { read: staffOrMediaInUse, create: staff, update: staff, delete: staff },
  upload: {
    staticDir,
    mimeTypes: MEDIA_MIME_TYPES,
  },
  hooks: { beforeOperation: [slugFileName, mediaListForStaff] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternatieve tekst',
      maxLength: IMAGE_ALT_MAX,
      admin: { description: 'Verplicht voor afbeeldingen: beschrijf wat er te zien is, voor wie de afbeelding niet ziet.' },
      validate: ((value, options) => {
        const base = text(value, options);
        if (base !== true) return base;
        const mimeType = (options.data as { mimeType?: unknown }).mimeType ?? (options.siblingData as { mimeType?: unknown }).mimeType;
        if (typeof mimeType === 'string' && mimeType.startsWith('image/') && (typeof value !== 'string' || value.trim() === '')) {
          return 'Vul een alternatieve tekst in: die is verplicht bij een afbeelding.';
        }
        return true;
      }) satisfies TextFieldSingleValidation,
    },
  ],
  };
}
