/**
 * Validates a whole content/ tree against the contract: every file against its schema
 * (check-file.ts), then the rules that span files (references.ts). All violations of a run are
 * collected; nothing stops at the first.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkDocument, loadTaxonomy, type CheckedDocument } from './check-file.ts';
import { displayPath, readCollection } from './files.ts';
import type { Navigation } from './collections/navigation.ts';
import { checkNavigation, NAVIGATION_FILE } from './navigation.ts';
import { checkReferences } from './references.ts';
import { SYMLINK_MESSAGE, symbolicLinksIn } from './symlinks.ts';
import { TAXONOMIES, type Person, type Region, type Taxonomy, type Theme } from './schema.ts';
import { COLLECTIONS } from './vocabulary.ts';
import type { Violation } from './violations.ts';

export { loadTaxonomy, type CheckedDocument };

export interface ContentCheck {
  documents: CheckedDocument[];
  themes: Theme[];
  regions: Region[];
  people: Person[];
  /** The menus of navigation.yaml (or the default ones), without items whose document does not exist. */
  navigation: Navigation;
  violations: Violation[];
  /** Advice that does not fail a build, such as a municipality outside its region's list. */
  warnings: Violation[];
}

export interface CheckOptions {
  /**
   * Files (relative to the content folder) whose bytes already passed the body rule under this
   * contract, as the exporter's reused files did at the last export. Only the body rule, the one
   * rule of a file that reads nothing but the file, is skipped for them; their names, frontmatter
   * and every rule across files are checked as for any file.
   */
  bodyChecked?: ReadonlySet<string>;
}

const KNOWN_ENTRIES = new Set<string>([...COLLECTIONS, 'media', ...TAXONOMIES.map((t) => `${t}.yaml`), NAVIGATION_FILE]);

export function checkContent(contentDir: string, { bodyChecked }: CheckOptions = {}): ContentCheck {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];

  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    violations.push({ file: displayPath(contentDir), field: '', message: 'content folder not found' });
    return { documents: [], themes: [], regions: [], people: [], navigation: { header: [], footer: [] }, violations, warnings };
  }
  for (const link of symbolicLinksIn(contentDir)) violations.push({ file: displayPath(link), field: '', message: SYMLINK_MESSAGE });
  for (const name of readdirSync(contentDir)) {
    if (!name.startsWith('.') && !KNOWN_ENTRIES.has(name)) {
      violations.push({
        file: displayPath(path.join(contentDir, name)),
        field: '',
        message: `is not part of the contract (expected only ${[...KNOWN_ENTRIES].join(', ')})`,
      });
    }
  }

  // A taxonomy file that cannot be read is one violation, not one more per reference to it.
  const unreadable = new Set<Taxonomy>();
  const taxonomy = <T extends { slug: string }>(name: Taxonomy): T[] => {
    const result = loadTaxonomy<T>(contentDir, name);
    violations.push(...result.violations);
    if (result.violations.length && !result.entries.length) unreadable.add(name);
    return result.entries;
  };
  const themes = taxonomy<Theme>('themes');
  const regions = taxonomy<Region>('regions');
  const people = taxonomy<Person>('people');

  const documents: CheckedDocument[] = [];
  const invalid: CheckedDocument[] = [];
  for (const collection of COLLECTIONS) {
    for (const file of readCollection(contentDir, collection)) {
      const result = checkDocument(file, collection, violations, !bodyChecked?.has(path.relative(contentDir, file)));
      if (result?.valid) documents.push(result.document);
      else if (result) invalid.push(result.document);
    }
  }

  checkReferences(contentDir, { documents, themes, regions, people, violations, warnings }, invalid, unreadable);
  const existing = new Set(documents.map((d) => `${d.collection}/${d.slug}`));
  const menus = checkNavigation(contentDir, (collection, slug) => existing.has(`${collection}/${slug}`));
  violations.push(...menus.violations);
  warnings.push(...menus.warnings);
  return { documents, themes, regions, people, navigation: menus.navigation, violations: distinct(violations), warnings };
}

/** A file that is a symbolic link is reported by the walk and by the reader that refused to follow it: once. */
function distinct(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.file}\0${v.field}\0${v.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
