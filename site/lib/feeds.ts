import rss from '@astrojs/rss';
import { href, type Article } from './articles.ts';
import { COLLECTION_INFO } from '../../contract/index.ts';

/** An RSS 2.0 feed of articles, newest first, with the summary as description. */
export function feed(site: URL | undefined, title: string, description: string, entries: Article[]) {
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL) for the RSS feeds');
  return rss({
    title,
    description,
    site,
    trailingSlash: true,
    items: entries.map((entry) => ({
      title: entry.data.title,
      link: href(entry),
      pubDate: new Date(`${entry.data.publishedAt}T00:00:00Z`),
      description: entry.data.summary,
      categories: [COLLECTION_INFO[entry.collection].label],
    })),
    customData: '<language>nl-nl</language>',
  });
}
