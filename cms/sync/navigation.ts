/**
 * The global "Navigatie" between its CMS form and content/navigation.yaml, item by item as the
 * contract declares them (contract/collections/navigation.ts). The export leaves out an item whose
 * document is not published, with a warning, and writes no file for a global never saved: the
 * site then shows its default menus. The import leaves the global alone when there is no file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionSlug, Payload, PayloadRequest } from 'payload';
import { menuItemFields } from '../../contract/collections/navigation.ts';
import { MENUS, NAVIGATION_FILE, type Navigation } from '../../contract/index.ts';
import { serializeNavigation } from '../../contract/serialize.ts';
import { NAVIGATION_GLOBAL } from '../globals/navigation.ts';
import { groupFromContract, groupToContract, idOf, type Id, type Lookups } from './documents.ts';

type Row = Record<string, unknown> & { label?: string; document?: { relationTo: string; value: unknown } | null };

/** The menus of the global in the contract's form, or undefined when it was never saved. */
async function readMenus(payload: Payload, lookups: Lookups, onDropped: (menu: string, index: number, row: Row) => void = () => {}, req?: PayloadRequest) {
  const global = (await payload.findGlobal({ slug: NAVIGATION_GLOBAL, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })) as unknown as Record<string, unknown>;
  if (!global.updatedAt) return undefined;
  const menus: Record<string, unknown[]> = {};
  for (const menu of MENUS) {
    menus[menu] = ((global[menu] as Row[] | undefined) ?? []).flatMap((row, index) => {
      const item = groupToContract(menuItemFields, row, lookups);
      if (item.document || item.route) return [item];
      onDropped(menu, index, row);
      return [];
    });
  }
  return menus;
}

/** The text of content/navigation.yaml, or undefined when the global was never saved; warnings name the items left out. */
export async function exportNavigation(payload: Payload, lookups: Lookups): Promise<{ text?: string; warnings: string[] }> {
  const dropped: { menu: string; index: number; row: Row }[] = [];
  const menus = await readMenus(payload, lookups, (menu, index, row) => dropped.push({ menu, index, row }));
  const warnings: string[] = [];
  for (const { menu, index, row } of dropped) {
    const target = row.document ? await nameOf(payload, row.document.relationTo, idOf(row.document.value)) : 'nothing';
    warnings.push(`content/${NAVIGATION_FILE}: ${menu}.${index}: "${row.label}" links to ${target}, which is not published; left out of the menu`);
  }
  return { text: menus && serializeNavigation(menus), warnings };
}

/** A document for a message: pages/over, or what is left of it when it was deleted. */
const isCollection = (payload: Payload, name: string): name is CollectionSlug => name in payload.collections;

export async function nameOf(payload: Payload, collection: string, id: Id | undefined): Promise<string> {
  const doc = id === undefined || !isCollection(payload, collection) ? null : await payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true });
  return doc ? `${collection}/${(doc as { slug?: string }).slug}` : `a deleted document of ${collection}`;
}

/**
 * Brings the global to content/navigation.yaml's menus (`navigation`, already checked: items whose
 * document does not exist are left out). Nothing happens without a file, nor when the global
 * already exports to the file's text. `req` carries the import's transaction.
 */
export async function importNavigation(payload: Payload, contentDir: string, navigation: Navigation, lookups: Lookups, req: PayloadRequest): Promise<'created' | 'updated' | 'unchanged' | 'absent'> {
  const file = path.join(contentDir, NAVIGATION_FILE);
  if (!existsSync(file)) return 'absent';
  const current = await readMenus(payload, lookups, undefined, req);
  if (current && serializeNavigation(current) === readFileSync(file, 'utf8')) return 'unchanged';
  const data = Object.fromEntries(
    MENUS.map((menu) => [
      menu,
      navigation[menu].map((item, i) => groupFromContract(menuItemFields, `${NAVIGATION_FILE}: ${menu}.${i}`, item, lookups)),
    ]),
  );
  await payload.updateGlobal({ slug: NAVIGATION_GLOBAL, data, overrideAccess: true, context: { skipRebuild: true }, req });
  return current ? 'updated' : 'created';
}
