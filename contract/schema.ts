/**
 * The content contract composed: the fields and the zod schema of each collection and taxonomy
 * of content/, exactly as shared/DESIGN.md lists them. Each field is declared once, in
 * collections/<name>.ts; Astro's content collections, `npm run check:content`, the CMS's fields,
 * the exporter and the importer all read these. Rules that need more than one file (references,
 * uniqueness) live in references.ts.
 */
import type { z } from 'zod';
import type { Fields } from './field.ts';
import { articleFields } from './collections/article.ts';
import { conferenceReport, conferenceReportFields } from './collections/conference-reports.ts';
import { event, eventFields } from './collections/events.ts';
import { expertPiece, expertPieceFields } from './collections/expert-pieces.ts';
import { navigation, navigationFields } from './collections/navigation.ts';
import { page, pageFields } from './collections/pages.ts';
import { person, personFields } from './collections/people.ts';
import { practiceExample, practiceExampleFields } from './collections/practice-examples.ts';
import { region, regionFields } from './collections/regions.ts';
import { theme, themeFields } from './collections/themes.ts';
import { ARTICLE_COLLECTIONS, COLLECTIONS, type Collection } from './vocabulary.ts';

export { isSlug, SLUG_HINT } from './values.ts';
export { articleFields };

/** The frontmatter fields of each collection under content/<collection>/. */
export const collectionFields = {
  'practice-examples': practiceExampleFields,
  'expert-pieces': expertPieceFields,
  'conference-reports': conferenceReportFields,
  events: eventFields,
  pages: pageFields,
} as const satisfies Record<Collection, Fields>;

/** The frontmatter schema of each collection under content/<collection>/. */
export const collectionSchemas = {
  'practice-examples': practiceExample,
  'expert-pieces': expertPiece,
  'conference-reports': conferenceReport,
  events: event,
  pages: page,
} as const satisfies Record<Collection, z.ZodType>;

/** The fields of each taxonomy file at the top of content/, each a YAML list. */
export const taxonomyFields = {
  themes: themeFields,
  regions: regionFields,
  people: personFields,
} as const;

export const taxonomySchemas = {
  themes: theme,
  regions: region,
  people: person,
} as const;

/** content/navigation.yaml: the site's menus, one file, optional. */
export { navigation, navigationFields };

export type PracticeExample = z.output<typeof practiceExample>;
export type ExpertPiece = z.output<typeof expertPiece>;
export type ConferenceReport = z.output<typeof conferenceReport>;
export type Event = z.output<typeof event>;
export type Page = z.output<typeof page>;
export type Theme = z.output<typeof theme>;
export type Region = z.output<typeof region>;
export type Person = z.output<typeof person>;
export type Taxonomy = keyof typeof taxonomySchemas;
export { DEFAULT_NAVIGATION, SITE_ROUTES, type MenuItem, type Navigation } from './collections/navigation.ts';

export const TAXONOMIES = Object.keys(taxonomySchemas) as Taxonomy[];

export { ARTICLE_COLLECTIONS, COLLECTIONS };
