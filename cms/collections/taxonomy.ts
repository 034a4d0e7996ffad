/** What themes, regions and people share: public reading, editing by editors and admins. */
import type { CollectionConfig } from 'payload';
import { rebuildAfterTaxonomyChange, rebuildAfterTaxonomyDelete } from '../publish/queue-rebuild.ts';
import { anyone, staff } from '../access/roles.ts';
import { refuseDeleteInUse } from '../hooks/refuse-delete-in-use.ts';

export const TAXONOMY_GROUP = 'Indeling';

export const taxonomyAccess: CollectionConfig['access'] = {
  read: anyone,
  create: staff,
  update: staff,
  delete: staff,
};

/** A changed theme, region or person changes pages of the site: rebuild it; one in use is not deleted. */
export function taxonomyHooks(slug: 'themes' | 'regions' | 'people'): CollectionConfig['hooks'] {
  return {
    beforeDelete: [refuseDeleteInUse(slug)],
    afterChange: [rebuildAfterTaxonomyChange],
    afterDelete: [rebuildAfterTaxonomyDelete],
  };
}
