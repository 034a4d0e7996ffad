/**
 * One document between its CMS form and its content/ form (the contract's frontmatter):
 * relationships become slugs, uploads become media paths, dates get the contract's text form.
 * The body is handled by body.ts.
 */
import { collectionSchemas } from '../../contract/schema.ts';
import type { Collection } from '../../contract/vocabulary.ts';

export type Id = string | number;

export interface MediaFile {
  id: Id;
  filename: string;
  alt?: string | null;
}

/** What a mapping needs to know about the other documents: slugs, ids and media. */
export interface Lookups {
  slugOf(collection: string, id: Id): string | undefined;
  idOf(collection: string, slug: string): Id | undefined;
  mediaById: Map<string, MediaFile>;
  mediaIdByPath: Map<string, Id>;
}

type Data = Record<string, any>;

/** Relationship fields of the contract: field → the collection it points to. */
const RELATIONS: Record<string, string> = { themes: 'themes', region: 'regions', contact: 'people', expert: 'people', event: 'events' };
const DATES = ['publishedAt', 'eventDate'];
const DATE_TIMES = ['startsAt', 'endsAt'];
/** Contract field → CMS field, where the CMS may not use the contract's name. */
const RENAMED: Record<string, string> = { updatedAt: 'revisedAt' };
const SKIP = new Set(['id', 'slug', 'body', '_status', 'createdAt', 'updatedAt', 'revisedAt', 'image', 'attachments', 'related']);

const TIME_ZONE = 'Europe/Amsterdam';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });

/** The Dutch calendar date of a stored instant: 2018-04-05. */
export function localDate(value: string | Date): string {
  return dayFormat.format(new Date(value));
}

/** A stored instant as Dutch local time with offset: 2027-03-18T09:30:00+01:00. */
export function localDateTime(value: string | Date): string {
  const date = new Date(value);
  const parts = Object.fromEntries(timeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '');
  return `${localDate(date)}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id?: Id }).id : (value as Id | undefined);

const present = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Drops empty values and Payload's row ids from array items. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([k, v]) => k !== 'id' && present(v)).map(([k, v]) => [k, clean(v)]));
  }
  return value;
}

/** The contract's fields of a collection, in its schema's order. */
function contractFields(collection: Collection): Set<string> {
  const def = (collectionSchemas[collection] as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def;
  return new Set(Object.keys(def.shape));
}

export function toFrontmatter(collection: Collection, doc: Data, lookups: Lookups): Data {
  const fields = contractFields(collection);
  const out: Data = {};
  const mediaPath = (id: unknown) => {
    const file = lookups.mediaById.get(String(idOf(id)));
    return file ? `media/${file.filename}` : undefined;
  };
  for (const [key, value] of Object.entries(doc)) {
    if (SKIP.has(key) || !present(value)) continue;
    if (key in RELATIONS) {
      const to = RELATIONS[key]!;
      out[key] = Array.isArray(value)
        ? value.map((v) => lookups.slugOf(to, idOf(v)!)).filter(Boolean)
        : lookups.slugOf(to, idOf(value)!);
    } else if (DATES.includes(key)) out[key] = localDate(value);
    else if (DATE_TIMES.includes(key)) out[key] = localDateTime(value);
    else out[key] = clean(value);
  }
  if (present(doc.revisedAt)) out.updatedAt = localDate(doc.revisedAt);
  if (present(doc.image)) {
    const file = lookups.mediaById.get(String(idOf(doc.image)));
    if (file) out.image = { src: `media/${file.filename}`, alt: file.alt ?? '' };
  }
  if (present(doc.attachments)) {
    out.attachments = (doc.attachments as Data[]).map((a) => ({ title: a.title, src: mediaPath(a.src) })).filter((a) => a.src);
  }
  if (present(doc.related)) {
    out.related = (doc.related as { relationTo: string; value: unknown }[])
      .map((r) => ({ collection: r.relationTo, slug: lookups.slugOf(r.relationTo, idOf(r.value)!) }))
      .filter((r) => r.slug);
  }
  return Object.fromEntries(Object.entries(out).filter(([k, v]) => fields.has(k) && present(v)));
}

/**
 * The CMS data of a contract document. References to other documents (`related`, `event`)
 * are left out when `withReferences` is false, so that a first pass can create every document
 * before any points at another.
 */
export function fromFrontmatter(collection: Collection, slug: string, data: Data, lookups: Lookups, withReferences: boolean): Data {
  const need = (to: string, value: string) => {
    const id = lookups.idOf(to, value);
    if (id === undefined) throw new Error(`${collection}/${slug}: "${value}" is not in ${to}`);
    return id;
  };
  const media = (src: string) => {
    const id = lookups.mediaIdByPath.get(src);
    if (id === undefined) throw new Error(`${collection}/${slug}: ${src} was not uploaded`);
    return id;
  };
  const out: Data = { slug };
  for (const [key, value] of Object.entries(data)) {
    if (key in RELATIONS) {
      const to = RELATIONS[key]!;
      if (key === 'event' && !withReferences) continue;
      out[key] = Array.isArray(value) ? value.map((v: string) => need(to, v)) : need(to, value);
    } else if (key === 'image') out.image = media(value.src);
    else if (key === 'attachments') out.attachments = value.map((a: Data) => ({ title: a.title, src: media(a.src) }));
    else if (key === 'related') {
      if (withReferences) out.related = value.map((r: Data) => ({ relationTo: r.collection, value: need(r.collection, r.slug) }));
    } else out[RENAMED[key] ?? key] = value;
  }
  return out;
}
