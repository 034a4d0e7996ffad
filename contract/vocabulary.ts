/**
 * The closed vocabularies of the content contract, with the Dutch labels that visitors and
 * editors see. The schemas, the site and the CMS all take their allowed values from here.
 */

export const SECTORS = ['kinderopvang', 'po', 'sbo', 'so', 'vo', 'vso', 'mbo'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  kinderopvang: 'Kinderopvang',
  po: 'Primair onderwijs',
  sbo: 'Speciaal basisonderwijs',
  so: 'Speciaal onderwijs',
  vo: 'Voortgezet onderwijs',
  vso: 'Voortgezet speciaal onderwijs',
  mbo: 'Middelbaar beroepsonderwijs',
};

export const ORGANISATION_KINDS = [
  'school',
  'jeugdhulp',
  'gemeente',
  'samenwerkingsverband',
  'kinderopvang',
  'overig',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  school: 'School',
  jeugdhulp: 'Jeugdhulp',
  gemeente: 'Gemeente',
  samenwerkingsverband: 'Samenwerkingsverband',
  kinderopvang: 'Kinderopvang',
  overig: 'Overig',
};

export const FUNDING = ['individueel', 'collectief', 'gemengd'] as const;
export type Funding = (typeof FUNDING)[number];
export const FUNDING_LABELS: Record<Funding, string> = {
  individueel: 'Individueel (per kind)',
  collectief: 'Collectief (voor de hele school)',
  gemengd: 'Gemengd',
};

export const STATUSES = ['pilot', 'lopend', 'afgerond'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  pilot: 'Pilot',
  lopend: 'Lopend',
  afgerond: 'Afgerond',
};

/** Age limits of practice examples: youth care in the Netherlands runs up to 27 in some cases. */
export const AGE_MIN = 0;
export const AGE_MAX = 27;

/** Age bands used as the search filter "leeftijd"; an example falls in every band its ages touch. */
export const AGE_BANDS = [
  { key: '0-4', label: '0–4 jaar', min: 0, max: 3 },
  { key: '4-12', label: '4–12 jaar', min: 4, max: 11 },
  { key: '12-18', label: '12–18 jaar', min: 12, max: 17 },
  { key: '18-27', label: '18–27 jaar', min: 18, max: 27 },
] as const;

/** The keys of the age bands that the ages ageMin..ageMax touch; none when neither is given. */
export function ageBandKeys(ageMin?: number, ageMax?: number): string[] {
  if (ageMin === undefined && ageMax === undefined) return [];
  const min = ageMin ?? AGE_MIN;
  const max = ageMax ?? AGE_MAX;
  return AGE_BANDS.filter((band) => band.min <= max && band.max >= min).map((band) => band.key);
}

/** The article collections, their folder under content/, their route and their Dutch names. */
export const ARTICLE_COLLECTIONS = [
  'practice-examples',
  'expert-pieces',
  'conference-reports',
  'events',
] as const;
export type ArticleCollection = (typeof ARTICLE_COLLECTIONS)[number];

export const COLLECTIONS = [...ARTICLE_COLLECTIONS, 'pages'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface CollectionInfo {
  /** First path segment on the site; empty for pages, which live at /<slug>/. */
  route: string;
  /** One item, as shown on cards and as the search filter "soort". */
  label: string;
  /** The listing's title. */
  plural: string;
}

export const COLLECTION_INFO: Record<Collection, CollectionInfo> = {
  'practice-examples': { route: 'praktijkvoorbeelden', label: 'Praktijkvoorbeeld', plural: 'Praktijkvoorbeelden' },
  'expert-pieces': { route: 'experts', label: 'Expert aan het woord', plural: 'Expert aan het woord' },
  'conference-reports': { route: 'verslagen', label: 'Verslag', plural: 'Verslagen' },
  events: { route: 'agenda', label: 'Agenda', plural: 'Agenda' },
  pages: { route: '', label: 'Achtergrond', plural: 'Achtergrond' },
};

/** Top-level paths the site itself uses; a page slug may not take one of them. */
export const RESERVED_PAGE_SLUGS = [
  ...ARTICLE_COLLECTIONS.map((c) => COLLECTION_INFO[c].route),
  'themas',
  'regios',
  'zoeken',
  'nieuwsbrief',
  'media',
  'pagefind',
  '404',
] as const;

/** The site path of a document: /praktijkvoorbeelden/<slug>/, or /<slug>/ for pages. */
export function documentPath(collection: Collection, slug: string): string {
  const route = COLLECTION_INFO[collection].route;
  return route ? `/${route}/${slug}/` : `/${slug}/`;
}

/**
 * The document a site path would be, whether or not it exists: /agenda/<slug>/ is an event,
 * /<slug>/ a page unless the site uses that path itself; undefined for any other path.
 */
export function documentAtPath(path: string): { collection: Collection; slug: string } | undefined {
  const match = /^\/([a-z0-9-]+)\/(?:([a-z0-9-]+)\/)?$/.exec(path);
  if (!match) return undefined;
  const [, first, second] = match as unknown as [string, string, string | undefined];
  if (second === undefined) return (RESERVED_PAGE_SLUGS as readonly string[]).includes(first) ? undefined : { collection: 'pages', slug: first };
  const collection = ARTICLE_COLLECTIONS.find((c) => COLLECTION_INFO[c].route === first);
  return collection && second !== 'pagina' ? { collection, slug: second } : undefined;
}
