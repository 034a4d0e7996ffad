/**
 * Rules across files, derived from the declared fields: every reference resolves to its target
 * (a theme, a region, a person, an event, any document), every media file exists; and two rules
 * of their own: municipalities should be in their region's list, and a redirect keeps only an old
 * path alive, once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TARGETS, type Field, type Target } from './field.ts';
import type { CheckedDocument } from './check-file.ts';
import { displayPath } from './files.ts';
import { collectionFields, type Person, type Region, type Theme } from './schema.ts';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO, COLLECTIONS, documentPath, RESERVED_PAGE_SLUGS, type Collection } from './vocabulary.ts';
import type { Violation } from './violations.ts';
import { mediaPath } from './values.ts';
import { eachValue } from './walk.ts';

export interface References {
  documents: CheckedDocument[];
  themes: Theme[];
  regions: Region[];
  people: Person[];
  violations: Violation[];
  warnings: Violation[];
}

/** A few valid choices for a message: "a, b, c, …". */
function examples(slugs: Iterable<string>): string {
  const all = [...slugs].sort();
  return all.length ? `${all.slice(0, 3).join(', ')}${all.length > 3 ? ', …' : ''}` : 'none yet';
}

/** Paths the site renders itself: home, listings and their pages, taxonomies, search, assets. */
function isSitePath(sitePath: string): boolean {
  const [first = '', second] = sitePath.split('/').filter(Boolean);
  const listings = ARTICLE_COLLECTIONS.map((c) => COLLECTION_INFO[c].route);
  if (sitePath === '/' || (listings.includes(first) && (second === undefined || second === 'pagina'))) return true;
  return !listings.includes(first) && ((RESERVED_PAGE_SLUGS as readonly string[]).includes(first) || first.startsWith('_'));
}

/**
 * Valid documents are checked in full; documents that failed their schema (`unvalidated`) only
 * where their values have the right shape, and they are no target of a reference. References to a
 * taxonomy file that could not be read (`unreadable`) are not checked: that file is the violation.
 */
export function checkReferences(contentDir: string, check: References, unvalidated: CheckedDocument[], unreadable: ReadonlySet<string> = new Set()): void {
  const { documents, violations, warnings } = check;
  const slugsOf = (collection: Collection) => new Set(documents.filter((d) => d.collection === collection).map((d) => d.slug));
  const existing = new Map<string, Set<string>>(COLLECTIONS.map((c) => [c, slugsOf(c)]));
  const targets: Record<Target, Set<string>> = {
    themes: new Set(check.themes.map((t) => t.slug)),
    regions: new Set(check.regions.map((r) => r.slug)),
    people: new Set(check.people.map((p) => p.slug)),
    events: existing.get('events')!,
  };
  const regions = new Map(check.regions.map((r) => [r.slug, r]));
  const paths = new Map(documents.map((d) => [documentPath(d.collection, d.slug), d]));
  const redirects = new Map<string, string>();

  for (const doc of [...documents, ...unvalidated].sort((a, b) => a.file.localeCompare(b.file))) {
    const file = displayPath(doc.file);
    const fail = (field: string, message: string) => violations.push({ file, field, message });

    const visit = (field: Field, value: unknown, at: string) => {
      const { kind } = field;
      if (kind.type === 'reference' && typeof value === 'string' && !unreadable.has(kind.to) && !targets[kind.to].has(value)) {
        const { noun, where } = TARGETS[kind.to];
        const use = TARGETS[kind.to].kind === 'taxonomy' ? `a slug from ${where}` : `the file name of a document in ${where}`;
        fail(at, `"${value}" is not a${/^[aeiou]/.test(noun) ? 'n' : ''} ${noun}; use ${use} (${examples(targets[kind.to])}) or add it there`);
      } else if (kind.type === 'document' && value && typeof value === 'object') {
        const { collection, slug } = value as { collection?: unknown; slug?: unknown };
        const slugs = existing.get(collection as string);
        if (slugs && typeof slug === 'string' && !slugs.has(slug)) {
          fail(at, `"${collection}/${slug}" does not exist (expected content/${collection}/${slug}.mdx; existing: ${examples(slugs)})`);
        }
      } else if (kind.type === 'media' && mediaPath.safeParse(value).success && !existsSync(path.join(contentDir, value as string))) {
        // Only a path of the right form is looked up: media/../../etc/passwd is refused by its form, never probed.
        fail(at, `file not found: content/${value}`);
      } else if (kind.type === 'image' && value && typeof value === 'object') {
        visit({ ...field, kind: { type: 'media' } }, (value as { src?: unknown }).src, `${at}.src`);
      }
    };
    eachValue(collectionFields[doc.collection], doc.data, visit);

    const data = doc.data;
    const region = typeof data.region === 'string' ? regions.get(data.region) : undefined;
    if (region && Array.isArray(data.municipalities)) {
      data.municipalities.forEach((name: unknown, i: number) => {
        if (typeof name === 'string' && !region.municipalities.includes(name)) {
          warnings.push({ file, field: `municipalities.${i}`, message: `"${name}" is not listed under region "${region.slug}" in regions.yaml` });
        }
      });
    }
    (Array.isArray(data.redirectFrom) ? data.redirectFrom : []).forEach((from: unknown, i: number) => {
      const field = `redirectFrom.${i}`;
      if (typeof from !== 'string' || !from.startsWith('/') || !from.endsWith('/')) return; // the schema reports the form
      const owner = paths.get(from);
      if (isSitePath(from)) {
        fail(field, `"${from}" is a path the site uses itself; a redirect may only keep an old document path alive`);
      } else if (owner) {
        fail(field, `"${from}" is the current path of ${displayPath(owner.file)}; a redirect may only keep an old path alive`);
      } else if (redirects.has(from)) {
        fail(field, `"${from}" already redirects to ${redirects.get(from)}`);
      } else {
        redirects.set(from, documentPath(doc.collection, doc.slug));
      }
    });
  }
}
