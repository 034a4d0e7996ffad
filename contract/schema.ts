/**
 * The content contract: one zod schema per collection and taxonomy of content/, exactly as
 * shared/DESIGN.md lists them. Astro's content collections, `npm run check:content`, and the
 * CMS exporter and importer all validate with these schemas. Rules that need more than one file
 * (references, uniqueness) live in check.ts.
 */
import { z } from 'zod';
import {
  AGE_MAX,
  AGE_MIN,
  ARTICLE_COLLECTIONS,
  FUNDING,
  ORGANISATION_KINDS,
  SECTORS,
  STATUSES,
  COLLECTIONS,
} from './vocabulary.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = 'lower-case kebab-case, for example "goed-is-goed-genoeg"';

export const slug = z.string({ error: `expected a slug (${SLUG_HINT})` }).regex(SLUG, {
  error: `expected a slug (${SLUG_HINT})`,
});

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** YYYY-MM-DD. YAML may hand over a Date for an unquoted date; both become the same string. */
export const isoDate = z
  .union([z.iso.date({ error: 'expected a date as YYYY-MM-DD' }), z.date()], { error: 'expected a date as YYYY-MM-DD' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

const DATE_TIME_HINT = 'expected a date and time as YYYY-MM-DDTHH:MM, optionally with an offset such as +01:00';

/** A date and time with offset, for example 2026-12-10T09:30:00+01:00. */
export const isoDateTime = z
  .union([z.iso.datetime({ offset: true, local: true, error: DATE_TIME_HINT }), z.date()], { error: DATE_TIME_HINT })
  .transform((value) => (value instanceof Date ? value.toISOString() : value));

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL, for example https://www.voorbeeld.nl/' });

/** A file under content/media/, referenced as "media/<file>". */
export const mediaPath = z.string().regex(/^media\/[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/, {
  error: 'expected a path under content/media/ in lower case, for example "media/dronten-estafette.jpg"',
});

/** A site path such as /praktijkvoorbeelden/oude-naam/ (leading and trailing slash). */
export const sitePath = z.string().regex(/^\/(?:[a-z0-9._-]+\/)+$/, {
  error: 'expected a site path with leading and trailing slash, for example "/praktijkvoorbeelden/oude-naam/"',
});

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'expected text') })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

export const image = z.strictObject({
  src: mediaPath,
  alt: text(300).describe('alt text: required when src is given'),
});

export const attachment = z.strictObject({ title: text(200), src: mediaPath });
export const link = z.strictObject({ title: text(200), url: httpUrl });
export const relatedRef = z.strictObject({
  collection: z.enum(COLLECTIONS, { error: `expected one of ${COLLECTIONS.join(', ')}` }),
  slug,
});

/** Frontmatter shared by the four article collections and pages. */
const commonShape = {
  title: text(140),
  summary: text(400),
  publishedAt: isoDate,
  updatedAt: isoDate.optional(),
  themes: z.array(slug).min(1, { error: 'expected at least one theme slug from themes.yaml' }),
  image: image.optional(),
  attachments: z.array(attachment).optional(),
  links: z.array(link).optional(),
  related: z.array(relatedRef).optional(),
  redirectFrom: z.array(sitePath).optional(),
};

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `expected one of ${values.join(', ')}` });
}

const age = z
  .number({ error: `expected a whole number from ${AGE_MIN} to ${AGE_MAX}` })
  .int({ error: `expected a whole number from ${AGE_MIN} to ${AGE_MAX}` })
  .min(AGE_MIN, { error: `expected a whole number from ${AGE_MIN} to ${AGE_MAX}` })
  .max(AGE_MAX, { error: `expected a whole number from ${AGE_MIN} to ${AGE_MAX}` });

export const organisation = z.strictObject({
  name: text(200),
  kind: oneOf(ORGANISATION_KINDS),
  url: httpUrl.optional(),
});

export const practiceExample = z
  .strictObject({
    ...commonShape,
    sectors: z.array(oneOf(SECTORS)).min(1, { error: `expected at least one of ${SECTORS.join(', ')}` }),
    ageMin: age.optional(),
    ageMax: age.optional(),
    region: slug.optional(),
    municipalities: z.array(text(100)).optional(),
    organisations: z.array(organisation).min(1, { error: 'expected at least one organisation' }),
    funding: oneOf(FUNDING).optional(),
    status: oneOf(STATUSES).optional(),
    contact: slug.optional(),
  })
  .superRefine(
    (data, ctx) => {
      const { ageMin, ageMax } = data as { ageMin?: unknown; ageMax?: unknown };
      if (typeof ageMin === 'number' && typeof ageMax === 'number' && ageMin > ageMax) {
        ctx.addIssue({ code: 'custom', path: ['ageMax'], message: `must be at least ageMin (${ageMin}), got ${ageMax}` });
      }
    },
    // Run even when other fields are invalid, so that all violations are reported together.
    { when: () => true },
  );

export const expertPiece = z.strictObject({
  ...commonShape,
  expert: slug,
  quote: text(400).optional(),
});

export const conferenceReport = z.strictObject({
  ...commonShape,
  eventDate: isoDate,
  location: text(200).optional(),
  event: slug.optional(),
});

export const event = z
  .strictObject({
    ...commonShape,
    startsAt: isoDateTime,
    endsAt: isoDateTime.optional(),
    location: text(200).optional(),
    registrationUrl: httpUrl.optional(),
  })
  .superRefine(
    (data, ctx) => {
      const { startsAt, endsAt } = data as { startsAt?: unknown; endsAt?: unknown };
      if (typeof startsAt === 'string' && typeof endsAt === 'string' && Date.parse(endsAt) < Date.parse(startsAt)) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `must not be before startsAt (${startsAt})` });
      }
    },
    { when: () => true },
  );

export const page = z.strictObject({ ...commonShape, themes: commonShape.themes.optional() });

export const theme = z.strictObject({ slug, name: text(80), description: text(400) });
export const region = z.strictObject({
  slug,
  name: text(120),
  municipalities: z.array(text(100)).min(1, { error: 'expected at least one municipality' }),
});
export const person = z.strictObject({
  slug,
  name: text(120),
  role: text(200),
  organisation: text(200),
});

/** The frontmatter schema of each collection under content/<collection>/. */
export const collectionSchemas = {
  'practice-examples': practiceExample,
  'expert-pieces': expertPiece,
  'conference-reports': conferenceReport,
  events: event,
  pages: page,
} as const satisfies Record<(typeof COLLECTIONS)[number], z.ZodType>;

/** The taxonomy files at the top of content/, each a YAML list. */
export const taxonomySchemas = {
  themes: theme,
  regions: region,
  people: person,
} as const;

export type PracticeExample = z.output<typeof practiceExample>;
export type ExpertPiece = z.output<typeof expertPiece>;
export type ConferenceReport = z.output<typeof conferenceReport>;
export type Event = z.output<typeof event>;
export type Page = z.output<typeof page>;
export type Theme = z.output<typeof theme>;
export type Region = z.output<typeof region>;
export type Person = z.output<typeof person>;
export type Taxonomy = keyof typeof taxonomySchemas;

export { ARTICLE_COLLECTIONS };
