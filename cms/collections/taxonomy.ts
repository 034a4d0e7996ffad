/** What themes, regions and people share: public reading, editing by editors and admins. */
import type { CollectionConfig } from 'payload';
import { anyone, staff } from '../access/roles.ts';

export const TAXONOMY_GROUP = 'Indeling';

export const taxonomyAccess: CollectionConfig['access'] = {
  read: anyone,
  create: staff,
  update: staff,
  delete: staff,
};
