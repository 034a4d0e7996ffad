/**
 * The canonical text of content/: how the exporter writes every file and how
 * `npm run format:content` rewrites hand-edited ones, so that an unchanged CMS exports an
 * unchanged tree and git diffs show only real edits. Keys follow the declared fields' order; YAML
 * is block style, never wrapped, with double quotes only where YAML needs them.
 */
import yaml from 'js-yaml';
import { collectionFields, navigationFields, taxonomyFields, type Taxonomy } from './schema.ts';
import type { Collection } from './vocabulary.ts';
import { ordered } from './walk.ts';

const DUMP: yaml.DumpOptions = { lineWidth: -1, quotingType: '"', noRefs: true, noCompatMode: true };

export function serializeDocument(collection: Collection, frontmatter: Record<string, unknown>, body: string): string {
  const data = ordered(collectionFields[collection], frontmatter);
  const text = body.replace(/^\s*\n/, '').replace(/\s*$/, '');
  return `---\n${yaml.dump(data, DUMP)}---\n${text ? `\n${text}\n` : ''}`;
}

/** A taxonomy file lists its entries by slug: the CMS keeps no order of its own. */
export function serializeTaxonomy(name: Taxonomy, entries: Record<string, unknown>[]): string {
  const bySlug = [...entries].sort((a, b) => String(a.slug).localeCompare(String(b.slug), 'en'));
  return yaml.dump(
    bySlug.map((entry) => ordered(taxonomyFields[name], entry)),
    DUMP,
  );
}

/** The menus in the order the editor gave them; both menus always written, an empty one as []. */
export function serializeNavigation(navigation: Record<string, unknown>): string {
  return yaml.dump(ordered(navigationFields, navigation), DUMP);
}
