import { getCollection } from 'astro:content';
import { checkNavigation, COLLECTIONS, contentDir, menuItemHref } from '../../contract/index.ts';

export interface MenuLink {
  href: string;
  label: string;
}

export interface SiteMenus {
  header: MenuLink[];
  footer: MenuLink[];
}

let menus: Promise<SiteMenus> | undefined;

/**
 * The menus of content/navigation.yaml (the default menus without one), each item a page this
 * build renders: an item whose document is not built is left out (the contract check has warned).
 * Read once per build, not once per page.
 */
export function siteMenus(): Promise<SiteMenus> {
  menus ??= (async () => {
    const built = new Set((await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat().map((e) => `${e.collection}/${e.id}`));
    const { navigation } = checkNavigation(contentDir(), (collection, slug) => built.has(`${collection}/${slug}`));
    const links = (items: typeof navigation.header) => items.map((item) => ({ href: menuItemHref(item), label: item.label }));
    return { header: links(navigation.header), footer: links(navigation.footer) };
  })();
  return menus;
}
