/**
 * The global "Navigatie": the site's header and footer menus, exported as content/navigation.yaml.
 * Its fields derive from the contract (contract/collections/navigation.ts); the admin adds only the
 * rule that an item links to a document or a route, never both.
 */
import type { Field, GlobalConfig } from 'payload';
import { menuItemFields, navigationFields } from '../../contract/collections/navigation.ts';
import { anyone, staff } from '../access/roles.ts';
import { cmsFields } from '../fields/from-contract.ts';
import { rebuildAfterNavigationChange } from '../hooks/rebuild-after-navigation-change.ts';

export const NAVIGATION_GLOBAL = 'navigation';

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/** The Dutch refusal of an item with both targets or none; said on the field the editor fills last. */
function oneTarget(other: 'document' | 'route') {
  return (value: unknown, siblingData: Record<string, unknown>): true | string => {
    if (present(value) && present(siblingData[other])) return 'Kies een artikel of pagina óf een onderdeel van de site, niet allebei.';
    if (other === 'document' && !present(value) && !present(siblingData.document)) return 'Kies een artikel of pagina, of een onderdeel van de site.';
    return true;
  };
}

const itemFields: Field[] = cmsFields(menuItemFields, {
  document: { also: oneTarget('route') },
  route: { also: oneTarget('document') },
});

export const Navigation: GlobalConfig = {
  slug: NAVIGATION_GLOBAL,
  label: 'Navigatie',
  admin: {
    group: 'Site',
    description:
      'De menu’s boven- en onderaan elke pagina. Een item dat naar een artikel of pagina wijst die niet (meer) online staat, laat de site weg tot die weer gepubliceerd is.',
  },
  access: { read: anyone, update: staff },
  hooks: { afterChange: [rebuildAfterNavigationChange] },
  // A menu may be emptied: the file then says `header: []`.
  fields: cmsFields(navigationFields, { header: { fields: itemFields, required: false }, footer: { fields: itemFields, required: false } }),
};
