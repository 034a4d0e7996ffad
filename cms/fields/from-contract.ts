/**
 * Payload fields derived from the contract's declarations (contract/collections/): name, kind,
 * limits, whether required, Dutch label and help, choices and relations all come from there, and
 * so does what the field accepts (contract-validate.ts). A collection passes overrides only where
 * its admin differs from this default (a sidebar position, a default value, a cross-field rule).
 */
import type { Field as PayloadField, Option, Validate } from 'payload';
import type { Field, Fields, Kind } from '../../contract/field.ts';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import { ADMIN_DATE_FORMAT, DATE_DISPLAY_FORMAT } from '../i18n/date-formats.ts';
import { contractValidate } from './contract-validate.ts';
import { slugField } from './slug.ts';

export interface Overrides {
  admin?: Record<string, unknown>;
  /** A rule of the CMS's own, run after the contract's (for example ageMax ≥ ageMin). */
  also?: (value: unknown, siblingData: Record<string, unknown>) => true | string;
  [key: string]: unknown;
}

/** Select options with the contract's Dutch labels, in the contract's order. */
export function optionsOf<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const DATE_FORMATS = {
  date: { pickerAppearance: 'dayOnly', displayFormat: DATE_DISPLAY_FORMAT },
  // Any minute on the 24-hour clock.
  dateTime: { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_FORMAT, timeFormat: 'HH:mm', timeIntervals: 1 },
} as const;

/** The Payload type and its options for a kind; `many` when the contract declares a list of it. */
function typeOf(kind: Kind, many: boolean, min: number): Record<string, unknown> {
  const rows = many && min > 0 ? { minRows: min } : {};
  switch (kind.type) {
    case 'text':
      return many ? { type: 'text', hasMany: true, maxLength: kind.max, ...rows } : { type: kind.multiline ? 'textarea' : 'text', maxLength: kind.max };
    case 'slug':
    case 'url':
    case 'email':
    case 'phone':
    case 'sitePath':
      return { type: 'text', ...(many ? { hasMany: true, ...rows } : {}) };
    case 'integer':
      return { type: 'number', min: kind.min, max: kind.max, admin: { step: 1 } };
    case 'date':
    case 'dateTime':
      // A moment (dateTime) is entered in a time zone, Amsterdam by default (cms/i18n/time-zones.ts); a day has none.
      return { type: 'date', admin: { date: DATE_FORMATS[kind.type] }, ...(kind.type === 'dateTime' ? { timezone: true } : {}) };
    case 'choice':
      return { type: 'select', options: optionsOf(kind.values, kind.labels), ...(many ? { hasMany: true } : {}) };
    case 'reference':
      return { type: 'relationship', relationTo: kind.to, ...(many ? { hasMany: true, ...rows } : {}) };
    case 'document':
      return { type: 'relationship', relationTo: [...COLLECTIONS], hasMany: many };
    case 'media':
      return { type: 'upload', relationTo: 'media' };
    case 'image':
      return { type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image/' } } };
    case 'group':
      return { type: 'group', fields: cmsFields(kind.fields) };
    case 'list':
      throw new Error('a list of lists is not part of the contract');
  }
}

/** The Payload field of one contract field. */
export function cmsField(name: string, field: Field, overrides: Overrides = {}): PayloadField {
  const { admin, also, ...rest } = overrides;
  if (field.kind.type === 'slug') return slugField({ description: field.help });
  const { kind } = field;
  let base: Record<string, unknown>;
  if (kind.type === 'list' && kind.of.kind.type === 'group') {
    base = {
      type: 'array',
      labels: { singular: kind.of.label ?? field.label, plural: field.label },
      ...(kind.min > 0 ? { minRows: kind.min } : {}),
      fields: cmsFields(kind.of.kind.fields),
    };
  } else if (kind.type === 'list') {
    base = typeOf(kind.of.kind, true, kind.min);
  } else {
    base = typeOf(kind, false, 0);
  }
  // An empty optional list is left out of the export; only a required one needs its rows.
  if (field.optional) delete base.minRows;
  const baseAdmin = (base.admin as Record<string, unknown> | undefined) ?? {};
  return {
    ...base,
    name: field.cmsName ?? name,
    label: field.label,
    required: !field.optional,
    admin: { ...baseAdmin, ...(field.help ? { description: field.help } : {}), ...admin },
    validate: contractValidate(field, base.type as string, also) as Validate,
    ...rest,
  } as PayloadField;
}

/** The Payload fields of a set of contract fields, in the contract's order. */
export function cmsFields(fields: Fields, overrides: Record<string, Overrides> = {}): PayloadField[] {
  return Object.entries(fields).map(([name, field]) => cmsField(name, field, overrides[name]));
}
