import type { CollectionConfig } from 'payload';
import { taxonomyFields } from '../../contract/schema.ts';
import { cmsFields } from '../fields/from-contract.ts';
import { TAXONOMY_GROUP, taxonomyAccess, taxonomyHooks } from './taxonomy.ts';

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: { singular: 'Thema', plural: "Thema's" },
  admin: { group: TAXONOMY_GROUP, useAsTitle: 'name', defaultColumns: ['name', 'slug'], description: "De thema's waarop artikelen worden ingedeeld; elk thema heeft een eigen pagina." },
  access: taxonomyAccess,
  hooks: taxonomyHooks('themes'),
  fields: cmsFields(taxonomyFields.themes),
};
