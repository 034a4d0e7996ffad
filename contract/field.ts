/**
 * A field of the contract, declared once with its meaning: its kind (text, date, a reference to
 * themes, …), its limits, whether it may be absent, its Dutch label and help for editors, a doc
 * line for authors of content files, and its search facet. The zod schema is built from the same
 * declaration, and everything else reads the declaration: the cross-file checks (references,
 * media), the canonical form, the CMS's fields and validators, the exporter and the importer.
 */
import { z } from 'zod';
import * as values from './values.ts';
import { received } from './values.ts';

/** What a reference field points at: a taxonomy file or a collection folder of content/. */
export type Target = 'themes' | 'regions' | 'people' | 'events';

export type Kind =
  | { type: 'text'; max: number; multiline: boolean }
  | { type: 'slug' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'date' }
  | { type: 'dateTime' }
  | { type: 'choice'; values: readonly string[]; labels: Readonly<Record<string, string>> }
  | { type: 'reference'; to: Target }
  | { type: 'url' }
  | { type: 'email' }
  /** A Dutch phone number, written as the editor writes it; the site links it as tel:+31…. */
  | { type: 'phone' }
  | { type: 'sitePath' }
  /** A file under content/media/: an upload in the CMS. */
  | { type: 'media' }
  /** { src, alt }: an image upload in the CMS, whose alt text is kept on the upload. */
  | { type: 'image' }
  /** { collection, slug }: any document of the site. */
  | { type: 'document' }
  | { type: 'list'; of: Field; min: number }
  | { type: 'group'; fields: Fields };

export interface Meta {
  /** The Dutch label in the CMS. */
  label?: string;
  /** Dutch help for editors, shown under the field in the CMS. */
  help?: string;
  /** One line for the author of a content file (English). */
  doc?: string;
  /** The search filter that shows this field's values. */
  facet?: string;
  /** The CMS's name for the field where it may not use the contract's (Payload owns updatedAt). */
  cmsName?: string;
}

export interface Field<S extends z.ZodType = z.ZodType> extends Meta {
  kind: Kind;
  schema: S;
  /** Whether a document may leave the field out; the importer clears it in the CMS then. */
  optional: boolean;
}

export type Fields = Record<string, Field>;

const field = <S extends z.ZodType>(kind: Kind, schema: S, meta: Meta): Field<S> => ({ ...meta, kind, schema, optional: false });

export function text(max: number, meta: Meta & { multiline?: boolean } = {}) {
  const { multiline = false, ...rest } = meta;
  return field({ type: 'text', max, multiline }, values.text(max), rest);
}

export const slug = (meta: Meta = {}) => field({ type: 'slug' }, values.slug, meta);

export const integer = (min: number, max: number, meta: Meta = {}) => field({ type: 'integer', min, max }, values.integer(min, max), meta);

export const date = (meta: Meta = {}) => field({ type: 'date' }, values.isoDate, meta);

export const dateTime = (meta: Meta = {}) => field({ type: 'dateTime' }, values.isoDateTime, meta);

/** One of a closed list; noun names a value in messages ("school type"). */
export function choice<const T extends readonly [string, ...string[]]>(list: T, labels: Record<T[number], string>, noun: string, meta: Meta = {}) {
  return field({ type: 'choice', values: list, labels }, values.oneOf(list, noun), meta);
}

export const reference = (to: Target, meta: Meta = {}) => field({ type: 'reference', to }, values.slug, meta);

export const url = (meta: Meta = {}) => field({ type: 'url' }, values.httpUrl, meta);

export const email = (meta: Meta = {}) => field({ type: 'email' }, values.email, meta);

export const phone = (meta: Meta = {}) => field({ type: 'phone' }, values.dutchPhone, meta);

export const sitePath = (meta: Meta = {}) => field({ type: 'sitePath' }, values.sitePath, meta);

export const media = (meta: Meta = {}) => field({ type: 'media' }, values.mediaPath, meta);

export const IMAGE_ALT_MAX = 300;
export const image = (meta: Meta = {}) =>
  field({ type: 'image' }, objectSchema({ src: media(), alt: text(IMAGE_ALT_MAX) }), meta);

export function document<const C extends readonly [string, ...string[]]>(collections: C, meta: Meta = {}) {
  return field(
    { type: 'document' },
    objectSchema({ collection: field({ type: 'slug' }, values.oneOf(collections, 'collection'), {}), slug: slug() }),
    meta,
  );
}

/** A list; with min, fewer items is refused with minMessage. */
export function list<S extends z.ZodType>(of: Field<S>, meta: Meta & { min?: number; minMessage?: string } = {}) {
  const { min = 0, minMessage, ...rest } = meta;
  const array = z.array(of.schema, { error: (i) => (i.input === undefined ? 'is required' : `expected a list, got ${received(i.input)}`) });
  const schema = min > 0 ? array.min(min, { error: minMessage ?? `expected at least ${min}` }) : array;
  return field({ type: 'list', of, min }, schema, rest);
}

type Shape<F extends Fields> = { [K in keyof F]: F[K]['schema'] };

/** The zod object of a set of fields; unknown keys are violations. */
export function objectSchema<F extends Fields>(fields: F) {
  return z.strictObject(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema])) as Shape<F>, {
    error: (i) => (i.input === undefined ? 'is required' : `expected fields (key: value), got ${received(i.input)}`),
  });
}

export function group<F extends Fields>(fields: F, meta: Meta = {}) {
  return field({ type: 'group', fields }, objectSchema(fields), meta);
}

/** The same field, which a document may leave out. */
export function optional<S extends z.ZodType>(f: Field<S>): Field<z.ZodOptional<S>> {
  return { ...f, schema: f.schema.optional(), optional: true };
}

/** What a reference's target is called in messages, and where a new one is added. */
export const TARGETS: Record<Target, { noun: string; where: string; kind: 'taxonomy' | 'collection' }> = {
  themes: { noun: 'theme', where: 'content/themes.yaml', kind: 'taxonomy' },
  regions: { noun: 'region', where: 'content/regions.yaml', kind: 'taxonomy' },
  people: { noun: 'person', where: 'content/people.yaml', kind: 'taxonomy' },
  events: { noun: 'event', where: 'content/events/', kind: 'collection' },
};
