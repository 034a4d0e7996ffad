import { contentDir, loadTaxonomy, type Person, type Region, type Theme } from '../../contract/index.ts';

/** The taxonomies of content/, validated by the contract (the build has already checked them). */
function load<T extends { slug: string }>(name: 'themes' | 'regions' | 'people'): Map<string, T> {
  return new Map(loadTaxonomy<T>(contentDir(), name).entries.map((entry) => [entry.slug, entry]));
}

export const themes = load<Theme>('themes');
export const regions = load<Region>('regions');
export const people = load<Person>('people');
