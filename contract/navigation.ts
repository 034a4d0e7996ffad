/**
 * content/navigation.yaml read and resolved: the file's menus, or DEFAULT_NAVIGATION when there is
 * no file (trees from before the menus were content), and from them every item whose document does
 * not exist left out, each with a warning. A menu never stops a build: only a file that is not
 * YAML or breaks its schema is a violation, and it is the exporter that writes the file.
 */
import path from 'node:path';
import { DEFAULT_NAVIGATION, navigation as navigationSchema, type MenuItem, type Navigation } from './collections/navigation.ts';
import { displayPath, readYamlFile } from './files.ts';
import { documentPath, type Collection } from './vocabulary.ts';
import { violationsFromZod, type Violation } from './violations.ts';

export const NAVIGATION_FILE = 'navigation.yaml';
export const MENUS = ['header', 'footer'] as const;

export interface NavigationCheck {
  /** The menus the site shows: every item's target exists. */
  navigation: Navigation;
  violations: Violation[];
  warnings: Violation[];
}

/** The site path an item links to. */
export function menuItemHref(item: MenuItem): string {
  return item.document ? documentPath(item.document.collection, item.document.slug) : item.route!;
}

/** The menus of contentDir, without the items whose document `exists` does not know. */
export function checkNavigation(contentDir: string, exists: (collection: Collection, slug: string) => boolean): NavigationCheck {
  const { file, exists: present, data, problem } = readYamlFile(path.join(contentDir, NAVIGATION_FILE));
  const at = displayPath(file);
  const violations: Violation[] = [];
  let chosen: Navigation = DEFAULT_NAVIGATION;
  if (problem) violations.push({ file: at, field: '', message: problem });
  else if (present) {
    const result = navigationSchema.safeParse(data ?? {});
    if (result.success) chosen = result.data;
    else violations.push(...violationsFromZod(at, result.error));
  }
  const warnings: Violation[] = [];
  const resolve = (menu: (typeof MENUS)[number]) =>
    chosen[menu].filter((item, i) => {
      if (!item.document || exists(item.document.collection, item.document.slug)) return true;
      const which = present ? '' : ' (a default menu item: content/navigation.yaml chooses the menus)';
      warnings.push({
        file: at,
        field: `${menu}.${i}`,
        message: `"${item.label}" links to ${item.document.collection}/${item.document.slug}, which does not exist; left out of the menu${which}`,
      });
      return false;
    });
  return { navigation: { header: resolve('header'), footer: resolve('footer') }, violations, warnings };
}
