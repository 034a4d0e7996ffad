/**
 * One document between its CMS form and its content/ form (the contract's frontmatter), field by
 * field as the contract declares them: references become slugs, uploads media paths, dates the
 * contract's text form, and back. The body is handled by body.ts.
 */
import { TARGETS, type Field, type Fields } from '../../contract/field.ts';
import { collectionFields, taxonomyFields, type Taxonomy } from '../../contract/schema.ts';
import type { Collection } from '../../contract/vocabulary.ts';
import { ContentContractError } from '../../contract/violations.ts';
import { localDate, localDateTime } from './local-time.ts';

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

type Data = Record<string, unknown>;

/** The id of a relationship value, whether Payload gave the id or the populated document. */
export const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' ? (value as { id?: Id }).id : (value as Id | undefined);

const present = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** A CMS value in its contract form; undefined when it is empty or points at nothing exported. */
function toContract(field: Field, value: unknown, lookups: Lookups): unknown {
  if (!present(value)) return undefined;
  const { kind } = field;
  switch (kind.type) {
    case 'date':
      return localDate(value as string);
    case 'dateTime':
      return localDateTime(value as string);
    case 'reference':
      return lookups.slugOf(kind.to, idOf(value)!);
    case 'media': {
      const file = lookups.mediaById.get(String(idOf(value)));
      return file ? `media/${file.filename}` : undefined;
    }
    case 'image': {
      const file = lookups.mediaById.get(String(idOf(value)));
      return file ? { src: `media/${file.filename}`, alt: file.alt ?? '' } : undefined;
    }
    case 'document': {
      const { relationTo, value: target } = value as { relationTo: string; value: unknown };
      const slug = lookups.slugOf(relationTo, idOf(target)!);
      return slug ? { collection: relationTo, slug } : undefined;
    }
    case 'list': {
      const items = (value as unknown[]).map((item) => toContract(kind.of, item, lookups)).filter(present);
      return items.length ? items : undefined;
    }
    case 'group':
      return groupToContract(kind.fields, value as Data, lookups);
    default:
      return value;
  }
}

/** The contract form of a set of fields (a document's frontmatter, a menu item). */
export function groupToContract(fields: Fields, data: Data, lookups: Lookups): Data {
  const out: Data = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = toContract(field, data[field.cmsName ?? name], lookups);
    if (present(value)) out[name] = value;
  }
  return out;
}

export function toFrontmatter(collection: Collection, doc: Data, lookups: Lookups): Data {
  return groupToContract(collectionFields[collection], doc, lookups);
}

/** A theme, region or person in its content/ form: an optional field left empty is left out. */
export function toTaxonomyEntry(taxonomy: Taxonomy, doc: Data, lookups: Lookups): Data {
  return groupToContract(taxonomyFields[taxonomy], doc, lookups);
}

/** Whether a field points at documents of the collections, which may not exist yet on a first pass. */
function refersToDocuments(field: Field): boolean {
  const { kind } = field;
  if (kind.type === 'list') return refersToDocuments(kind.of);
  return kind.type === 'document' || (kind.type === 'reference' && TARGETS[kind.to].kind === 'collection');
}

/**
 * The CMS data of a contract document. Every optional field the file leaves out is cleared, so
 * that the CMS mirrors the file. References to other documents (`related`, `event`) are left out
 * when `withReferences` is false, so that a first pass can create every document before any
 * points at another.
 */
export function fromFrontmatter(collection: Collection, slug: string, data: Data, lookups: Lookups, withReferences: boolean, file = `content/${collection}/${slug}.mdx`): Data {
  return { slug, ...groupFromContract(collectionFields[collection], file, data, lookups, withReferences) };
}

/** The CMS data of a set of contract fields of `file` (named in errors). See fromFrontmatter. */
export function groupFromContract(fields: Fields, file: string, data: Data, lookups: Lookups, withReferences = true): Data {
  // The contract check runs before an import, so these mean the CMS lacks what content/ has.
  const fail = (field: string, message: string): never => {
    throw new ContentContractError([{ file, field, message }]);
  };
  const need = (to: string, value: string, at: string) => {
    const id = lookups.idOf(to, value);
    return id ?? fail(at, `"${value}" is not in the CMS's ${to}; import content/ again, or add it in the CMS`);
  };
  const media = (src: string, at: string) => {
    const id = lookups.mediaIdByPath.get(src);
    return id ?? fail(at, `${src} was not uploaded to the CMS's media; import content/ again`);
  };
  const toCms = (field: Field, value: unknown, at: string): unknown => {
    const { kind } = field;
    switch (kind.type) {
      case 'reference':
        return need(kind.to, value as string, at);
      case 'media':
        return media(value as string, at);
      case 'image':
        return media((value as { src: string }).src, `${at}.src`);
      case 'document': {
        const ref = value as { collection: string; slug: string };
        return { relationTo: ref.collection, value: need(ref.collection, ref.slug, at) };
      }
      case 'list':
        return (value as unknown[]).map((item, i) => toCms(kind.of, item, `${at}.${i}`));
      case 'group':
        return Object.fromEntries(
          Object.entries(kind.fields)
            .filter(([name]) => (value as Data)[name] !== undefined)
            .map(([name, f]) => [f.cmsName ?? name, toCms(f, (value as Data)[name], `${at}.${name}`)]),
        );
      default:
        return value;
    }
  };
  const out: Data = {};
  for (const [name, field] of Object.entries(fields)) {
    if (!withReferences && refersToDocuments(field)) continue;
    const cmsName = field.cmsName ?? name;
    if (data[name] !== undefined) out[cmsName] = toCms(field, data[name], name);
    else if (field.optional) out[cmsName] = field.kind.type === 'list' ? [] : null;
  }
  return out;
}
