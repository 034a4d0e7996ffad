import type { CollectionConfig } from 'payload';
import { taxonomyFields } from '../../contract/schema.ts';
import { cmsFields } from '../fields/from-contract.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Regio', plural: "Regio's" },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug'], description: "De jeugdhulpregio's met hun gemeenten." },
  access: taxonomyAccess,
  hooks: taxonomyHooks('regions'),
  fields: cmsFields(taxonomyFields.regions),
};
