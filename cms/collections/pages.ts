import { RESERVED_PAGE_SLUGS } from '../../contract/vocabulary.ts';
import { articleCollection } from './article-collection.ts';

export const Pages = articleCollection('pages', {
  // Pages live at /<slug>/, next to the site's own routes.
  reservedSlugs: RESERVED_PAGE_SLUGS,
  description: 'Achtergrond, over ons en veelgestelde vragen; te vinden op /<slug>/.',
});
