/**
 * The search filters of the site (thema, regio, onderwijstype, leeftijd, soort, jaar): which
 * values a document carries, and the Dutch label of every value. Pagefind indexes the values
 * (stable slugs, so that a search URL in a newsletter keeps working); the search page shows the labels.
 */
import {
  AGE_BANDS,
  ageBandKeys,
  COLLECTION_INFO,
  COLLECTIONS,
  SECTOR_LABELS,
  type Collection,
} from '../../contract/index.ts';
import { regions, themes } from './taxonomies.ts';

export const FILTERS = ['thema', 'regio', 'onderwijstype', 'leeftijd', 'soort', 'jaar'] as const;
export type Filter = (typeof FILTERS)[number];

export const FILTER_LABELS: Record<Filter, string> = {
  thema: 'Thema',
  regio: 'Regio',
  onderwijstype: 'Onderwijstype',
  leeftijd: 'Leeftijd',
  soort: 'Soort',
  jaar: 'Jaar',
};

/** The value of the filter "soort" for a collection: its route, or "achtergrond" for pages. */
export function kindValue(collection: Collection): string {
  return COLLECTION_INFO[collection].route || 'achtergrond';
}

interface FacetSource {
  collection: Collection;
  data: {
    publishedAt: string;
    themes?: string[];
    region?: string;
    sectors?: string[];
    ageMin?: number;
    ageMax?: number;
  };
}

export function facetsOf({ collection, data }: FacetSource): Record<Filter, string[]> {
  return {
    thema: data.themes ?? [],
    regio: data.region ? [data.region] : [],
    onderwijstype: data.sectors ?? [],
    leeftijd: ageBandKeys(data.ageMin, data.ageMax),
    soort: [kindValue(collection)],
    jaar: [data.publishedAt.slice(0, 4)],
  };
}

/** Labels for every known value; years label themselves. */
export function facetLabels(): Record<Filter, Record<string, string>> {
  return {
    thema: Object.fromEntries([...themes.values()].map((t) => [t.slug, t.name])),
    regio: Object.fromEntries([...regions.values()].map((r) => [r.slug, r.name])),
    onderwijstype: { ...SECTOR_LABELS },
    leeftijd: Object.fromEntries(AGE_BANDS.map((b) => [b.key, b.label])),
    soort: Object.fromEntries(COLLECTIONS.map((c) => [kindValue(c), COLLECTION_INFO[c].plural])),
    jaar: {},
  };
}
