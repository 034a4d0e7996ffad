import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, COLLECTION_INFO, type Collection } from '../../contract/index.ts';
import { articles, splitEvents, type Document } from './articles.ts';
import { faqItems, type FaqItem } from './faq.ts';
import { paginate, type Page } from './pagination.ts';
import { kindValue } from './search-facets.ts';

/** How many of a kind's newest items a dossier shows before its "Alle …" link. */
export const DOSSIER_ITEMS = 3;

/** How many of a theme's questions a dossier shows. */
export const DOSSIER_QUESTIONS = 4;

/** The words of a section's "Alle … over <thema>" link. */
export const ALL_LINK: Record<Collection | 'faq', string> = {
  'practice-examples': 'Alle praktijkvoorbeelden',
  'expert-pieces': 'Alle expertbijdragen',
  'conference-reports': 'Alle verslagen',
  events: 'Alle activiteiten in de agenda',
  faq: 'Alle veelgestelde vragen',
  pages: 'Alle achtergrondpagina’s',
};

export interface DossierSection {
  /** The kind of items; 'faq' for the questions of the pages' FAQs. */
  collection: Collection | 'faq';
  /** The section's element id, the target of the "Ga direct naar" links. */
  id: string;
  heading: string;
  entries: Document[];
  questions: FaqItem[];
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

/**
 * The dossier's sections: one per kind with items that match, in the site's kind order, the
 * questions (those with one of themes) before the background pages; empty kinds are left out.
 */
export function dossierSections(byKind: Map<Collection, Document[]>, matches: (entry: Document) => boolean, questionThemes: string[] = []): DossierSection[] {
  const sections: DossierSection[] = COLLECTIONS.flatMap((collection) => {
    const all = (byKind.get(collection) ?? []).filter(matches);
    if (all.length === 0) return [];
    return [{ collection, id: kindValue(collection), heading: COLLECTION_INFO[collection].plural, entries: all.slice(0, DOSSIER_ITEMS), questions: [], total: all.length }];
  });
  const questions = faqItems(byKind.get('pages') ?? []).filter((q) => q.themes.some((t) => questionThemes.includes(t)));
  if (questions.length > 0) {
    const faq: DossierSection = { collection: 'faq', id: 'veelgestelde-vragen', heading: 'Veelgestelde vragen', entries: [], questions: questions.slice(0, DOSSIER_QUESTIONS), total: questions.length };
    const background = sections.findIndex((s) => s.collection === 'pages');
    sections.splice(background === -1 ? sections.length : background, 0, faq);
  }
  return sections;
}

/** The path of a dossier's full list of one kind, below base: /themas/thuiszitters/agenda/. */
export function kindListPath(base: string, collection: Collection): string {
  return `${base}${kindValue(collection)}/`;
}

export interface KindListPage extends Page<Document> {
  collection: Collection;
  /** The route segment of the kind, as in kindListPath: praktijkvoorbeelden, experts, …, achtergrond. */
  kind: string;
}

/**
 * Every page of a dossier's full lists per kind, for the kinds with items that match: their
 * items in the dossier's order, PAGE_SIZE a page. These are what its "Alle …" links open, so they
 * work without JavaScript.
 */
export function kindListPages(byKind: Map<Collection, Document[]>, matches: (entry: Document) => boolean): KindListPage[] {
  return COLLECTIONS.flatMap((collection) => {
    const all = (byKind.get(collection) ?? []).filter(matches);
    return all.length === 0 ? [] : paginate(all).map((page) => ({ collection, kind: kindValue(collection), ...page }));
  });
}
