import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_COLLECTIONS, COLLECTION_INFO, documentPath, type ArticleCollection, type Collection } from '../../contract/index.ts';

export type Article = CollectionEntry<ArticleCollection>;
export type Document = CollectionEntry<Collection>;

/** Newest first; ties broken by slug so that every build orders alike. */
function byDate(a: Document, b: Document): number {
  return b.data.publishedAt.localeCompare(a.data.publishedAt) || a.id.localeCompare(b.id);
}

export async function articles(collection: ArticleCollection): Promise<Article[]> {
  return ((await getCollection(collection)) as Article[]).sort(byDate);
}

export async function allArticles(): Promise<Article[]> {
  return (await Promise.all(ARTICLE_COLLECTIONS.map(articles))).flat().sort(byDate);
}

export function href(entry: Document): string {
  return documentPath(entry.collection, entry.id);
}

/** The collection whose listing lives at /<route>/. */
export function collectionForRoute(route: string): ArticleCollection | undefined {
  return ARTICLE_COLLECTIONS.find((c) => COLLECTION_INFO[c].route === route);
}

/** Events sort by their own date: upcoming first in date order, then past ones newest first. */
export function splitEvents(events: CollectionEntry<'events'>[], now = new Date()) {
  const upcoming = events
    .filter((e) => Date.parse(e.data.endsAt ?? e.data.startsAt) >= now.getTime())
    .sort((a, b) => a.data.startsAt.localeCompare(b.data.startsAt));
  const past = events.filter((e) => !upcoming.includes(e)).sort((a, b) => b.data.startsAt.localeCompare(a.data.startsAt));
  return { upcoming, past };
}

/** The date a card and the search index show: an event's own day, otherwise its publication date. */
export function shownDate(entry: Document): string {
  return 'startsAt' in entry.data ? entry.data.startsAt.slice(0, 10) : entry.data.publishedAt;
}
