import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, COLLECTION_INFO, type Collection } from '../../contract/index.ts';
import { articles, splitEvents, type Document } from './articles.ts';
import { kindValue } from './search-facets.ts';

/** How many of a kind's newest items a dossier shows before its "Alle …" link. */
export const DOSSIER_ITEMS = 3;

export interface DossierSection {
  collection: Collection;
  /** The section's element id, the target of the "Ga direct naar" links. */
  id: string;
  heading: string;
  entries: Document[];
  total: number;
}

/** Every document in display order per kind: newest first, events upcoming first. */
export async function documentsByKind(): Promise<Map<Collection, Document[]>> {
  const byKind = new Map<Collection, Document[]>();
  for (const collection of COLLECTIONS) {
    if (collection === 'pages') {
      const pages = (await getCollection('pages')) as Document[];
      byKind.set(collection, pages.sort((a, b) => b.data.publishedAt.localeCompare(a.data.publishedAt) || a.id.localeCompare(b.id)));
    } else if (collection === 'events') {
      const { upcoming, past } = splitEvents((await articles('events')) as CollectionEntry<'events'>[]);
      byKind.set(collection, [...upcoming, ...past]);
    } else byKind.set(collection, await articles(collection));
  }
  return byKind;
}

/** The dossier's sections: one per kind with items that match, in the site's kind order; empty kinds are left out. */
export function dossierSections(byKind: Map<Collection, Document[]>, matches: (entry: Document) => boolean): DossierSection[] {
  return COLLECTIONS.flatMap((collection) => {
    const all = (byKind.get(collection) ?? []).filter(matches);
    if (all.length === 0) return [];
    return [{ collection, id: kindValue(collection), heading: COLLECTION_INFO[collection].plural, entries: all.slice(0, DOSSIER_ITEMS), total: all.length }];
  });
}
