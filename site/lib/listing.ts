import type { CollectionEntry } from 'astro:content';
import { articles, splitEvents, type Article } from './articles.ts';
import type { ArticleCollection } from '../contract/index.ts';

/** A listing's entries in display order: events upcoming first, everything else newest first. */
export async function listingEntries(collection: ArticleCollection): Promise<Article[]> {
  const entries = await articles(collection);
  if (collection !== 'events') return entries;
  const { upcoming, past } = splitEvents(entries as CollectionEntry<'events'>[]);
  return [...upcoming, ...past];
}
