import type { CollectionEntry } from 'astro:content';
import { articles, splitEvents, type Article } from './articles.ts';
import type { ArticleCollection } from '../../contract/index.ts';
import { paginate, type Page } from './pagination.ts';

/** A listing's entries in display order: events upcoming first, everything else newest first. */
export async function listingEntries(collection: ArticleCollection): Promise<Article[]> {
  const entries = await articles(collection);
  if (collection !== 'events') return entries;
  const { upcoming, past } = splitEvents(entries as CollectionEntry<'events'>[]);
  return [...upcoming, ...past];
}

export interface ListingPage extends Page<Article> {
  collection: ArticleCollection;
}

/**
 * Every page of a collection's listing, from one read of the collection. Pages get their cards
 * as props: a listing page that read the collection itself would make a site of N documents
 * read and sort it N/8 times (most of the build time at 10,000 documents).
 */
export async function listingPages(collection: ArticleCollection): Promise<ListingPage[]> {
  return paginate(await listingEntries(collection)).map((page) => ({ collection, ...page }));
}
