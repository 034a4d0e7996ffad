/**
 * The schema.org description of a document page: an Article (headline, dates, author where the
 * contract names one, publisher, image) for practice examples, expert pieces and reports, an
 * Event (dates and location) for events, and for every document its breadcrumb path.
 */
import { COLLECTION_INFO, type Person } from '../../contract/index.ts';
import type { Document } from './articles.ts';
import { breadcrumbList, type JsonLd } from './json-ld.ts';

export interface DocumentJsonLdInput {
  entry: Document;
  /** The page's canonical URL. */
  url: URL;
  site: URL;
  /** The absolute URL of the article's own image, when it has one. */
  imageUrl?: string;
  /** The expert of an expert piece. */
  author?: Person;
}

const person = (p: Person): JsonLd => ({
  '@type': 'Person',
  name: p.name,
  jobTitle: p.role,
  worksFor: { '@type': 'Organization', name: p.organisation },
});

export function documentJsonLd({ entry, url, site, imageUrl, author }: DocumentJsonLdInput): JsonLd[] {
  const { data } = entry;
  const info = COLLECTION_INFO[entry.collection];
  const publisher = { '@type': 'Organization', name: 'Schoolnabij', url: new URL('/', site).href };
  const crumbs = [{ name: 'Schoolnabij', url: new URL('/', site).href }];
  if (info.route) crumbs.push({ name: info.plural, url: new URL(`/${info.route}/`, site).href });
  crumbs.push({ name: data.title, url: url.href });
  const out: JsonLd[] = [];
  if (entry.collection === 'events') {
    const event = entry.data;
    out.push({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      url: url.href,
      startDate: event.startsAt,
      ...(event.endsAt ? { endDate: event.endsAt } : {}),
      ...(event.location ? { location: { '@type': 'Place', name: event.location, address: event.location } } : {}),
      ...(imageUrl ? { image: [imageUrl] } : {}),
      organizer: publisher,
    });
  } else if (entry.collection !== 'pages') {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: data.title,
      description: data.summary,
      url: url.href,
      mainEntityOfPage: url.href,
      inLanguage: 'nl-NL',
      datePublished: data.publishedAt,
      dateModified: data.updatedAt ?? data.publishedAt,
      ...(author ? { author: person(author) } : {}),
      publisher,
      ...(imageUrl ? { image: [imageUrl] } : {}),
    });
  }
  out.push(breadcrumbList(crumbs));
  return out;
}
